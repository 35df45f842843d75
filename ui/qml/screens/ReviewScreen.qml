import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// Every answer on one screen, to read back to the person before finishing.
// Consent was given on the last step; finishing records the registration.
// A row opens its step to change the answer; the form then leads back here.
Page {
    id: root
    objectName: "reviewScreen"
    signal edit(int step)
    signal done()

    background: Rectangle { color: Theme.background }

    Connections {
        target: Registration
        function onFinalised(recordId) { root.done() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Check every answer with the person")
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
        }
        ListView {
            objectName: "reviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Registration.review
            spacing: 2
            delegate: ItemDelegate {
                required property var modelData
                objectName: "reviewRow_" + modelData.fieldId
                width: ListView.view.width
                height: Math.max(Theme.touchTarget, implicitHeight)
                onClicked: root.edit(modelData.step)
                contentItem: RowLayout {
                    Label {
                        text: modelData.label
                        color: Theme.mutedText
                        Layout.preferredWidth: parent.width * 0.4
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: modelData.value
                        font.bold: true
                        color: modelData.prefilled ? Theme.warning : Theme.text
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        Label {
            objectName: "reviewProblem"
            text: Registration.problem
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "changeAnswers"
                text: qsTr("Change answers")
                Layout.preferredHeight: Theme.touchTarget
                onClicked: root.edit(Registration.visitedStep) // the last step reached
            }
            Button {
                objectName: "confirmScanned"
                visible: Registration.pendingPrefills > 0
                text: qsTr("All scanned answers are correct")
                Layout.preferredHeight: Theme.touchTarget
                onClicked: Registration.confirmAllPrefills()
            }
            Item { Layout.fillWidth: true }
            BusyIndicator { running: Registration.busy; visible: running }
            Button {
                objectName: "finaliseButton"
                text: qsTr("Finish registration")
                enabled: !Registration.busy
                font.bold: true
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.touchTarget * 4
                onClicked: Registration.finalise()
            }
        }
    }
}
