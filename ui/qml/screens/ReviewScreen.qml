import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// Every answer on one screen, to read back to the person before finishing.
// Consent was given on the last step; finishing records the registration.
// A row opens its step to change the answer; the form then leads back here.
// Answers that differ from the ID card read for this registration are listed;
// a supervisor confirms them before the registration can be finished.
Page {
    id: root
    objectName: "reviewScreen"
    signal edit(int step)
    signal done()
    signal openRecord(string recordId) // a record of the same person, found by the duplicate check
    // The registration screen's (null while the stack drops both screens).
    required property Registration registration
    // The answers against the ID card read for it (the registration's).
    readonly property CardCheckModel cardCheck: registration ? registration.cardCheck : null

    background: Rectangle { color: Theme.background }

    Connections {
        target: root.registration
        function onFinalised(recordId) { root.done() }
    }
    // Has this kiosk already registered this person? Asked each time the review
    // opens, by the review's own check (what it found goes with the screen).
    DuplicateCheck { id: duplicates }
    Component.onCompleted: duplicates.check(root.registration.answersMap)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Check every answer with the person")
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
        }
        // The same ID: finishing is blocked, unless a supervisor allows it.
        Rectangle {
            objectName: "duplicateBlock"
            visible: duplicates.existingRecordId.length > 0
            color: Theme.warningBackground
            border.color: duplicates.blocked ? Theme.error : Theme.warning
            radius: 6
            Layout.fillWidth: true
            implicitHeight: blockColumn.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: blockColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Label {
                    objectName: "duplicateBlockText"
                    text: duplicates.existingText
                    color: duplicates.blocked ? Theme.error : Theme.text
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Button {
                        objectName: "openExistingRecord"
                        text: qsTr("Open that record")
                        Layout.preferredHeight: Theme.touchTarget
                        onClicked: root.openRecord(duplicates.existingRecordId)
                    }
                    TextField {
                        id: supervisorIdField
                        objectName: "supervisorId"
                        visible: duplicates.blocked
                        placeholderText: qsTr("Supervisor ID")
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        OnScreenKeyboard.layout: OnScreenKeyboard.Latin
                        Layout.preferredHeight: Theme.touchTarget
                        Layout.preferredWidth: Theme.touchTarget * 3.5
                    }
                    TextField {
                        id: supervisorSecretField
                        objectName: "supervisorSecret"
                        visible: duplicates.blocked
                        placeholderText: qsTr("PIN or passphrase")
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        OnScreenKeyboard.layout: OnScreenKeyboard.Latin
                        Layout.preferredHeight: Theme.touchTarget
                        Layout.preferredWidth: Theme.touchTarget * 3.5
                    }
                    Button {
                        objectName: "allowDuplicate"
                        visible: duplicates.blocked
                        enabled: !duplicates.busy
                        text: qsTr("Supervisor allows")
                        Layout.preferredHeight: Theme.touchTarget
                        onClicked: {
                            duplicates.allow(supervisorIdField.text, supervisorSecretField.text)
                            supervisorSecretField.text = ""
                        }
                    }
                }
                Label {
                    objectName: "duplicateMessage"
                    visible: text.length > 0
                    text: duplicates.message
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        // Answers that differ from the ID card: a supervisor confirms them.
        Rectangle {
            objectName: "cardDifferBlock"
            visible: root.cardCheck !== null && root.cardCheck.differences.length > 0
            color: Theme.warningBackground
            border.color: root.cardCheck !== null && root.cardCheck.needsSupervisor ? Theme.error : Theme.warning
            radius: 6
            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: cardColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Label {
                    objectName: "cardDifferText"
                    text: qsTr("These answers differ from the ID card that was read. Check them with the person; a supervisor must confirm them.")
                    color: root.cardCheck !== null && root.cardCheck.needsSupervisor ? Theme.error : Theme.text
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: root.cardCheck !== null ? root.cardCheck.differences : []
                    delegate: Label {
                        required property var modelData
                        objectName: "cardDiffers_" + modelData.fieldId
                        text: qsTr("%1: the card says %2, the form says %3")
                              .arg(modelData.label).arg(modelData.card).arg(modelData.answer)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                RowLayout {
                    visible: root.cardCheck !== null && root.cardCheck.needsSupervisor
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextField {
                        id: cardSupervisorIdField
                        objectName: "cardSupervisorId"
                        placeholderText: qsTr("Supervisor ID")
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        OnScreenKeyboard.layout: OnScreenKeyboard.Latin
                        Layout.preferredHeight: Theme.touchTarget
                        Layout.preferredWidth: Theme.touchTarget * 3.5
                    }
                    TextField {
                        id: cardSupervisorSecretField
                        objectName: "cardSupervisorSecret"
                        placeholderText: qsTr("PIN or passphrase")
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        OnScreenKeyboard.layout: OnScreenKeyboard.Latin
                        Layout.preferredHeight: Theme.touchTarget
                        Layout.preferredWidth: Theme.touchTarget * 3.5
                    }
                    Button {
                        objectName: "confirmCardCheck"
                        enabled: root.cardCheck !== null && !root.cardCheck.busy
                        text: qsTr("Supervisor confirms")
                        Layout.preferredHeight: Theme.touchTarget
                        onClicked: {
                            root.cardCheck.confirm(cardSupervisorIdField.text, cardSupervisorSecretField.text)
                            cardSupervisorSecretField.text = ""
                        }
                    }
                }
                Label {
                    objectName: "cardCheckMessage"
                    visible: text.length > 0
                    text: root.cardCheck !== null ? root.cardCheck.message : ""
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        // The same name and date of birth: a warning; the teller may go on.
        Rectangle {
            objectName: "similarWarning"
            visible: duplicates.similar && !duplicates.existingRecordId.length
            color: Theme.warningBackground
            border.color: Theme.warning
            radius: 6
            Layout.fillWidth: true
            implicitHeight: similarRow.implicitHeight + 2 * Theme.spacing
            RowLayout {
                id: similarRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Label {
                    objectName: "similarWarningText"
                    text: duplicates.similarText
                    color: Theme.warning
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "openSimilarRecord"
                    text: qsTr("Open that record")
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: root.openRecord(duplicates.similarRecordId)
                }
            }
        }
        ListView {
            objectName: "reviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.registration ? root.registration.review : []
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
            text: root.registration ? root.registration.problem : ""
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
                onClicked: root.edit(root.registration.visitedStep) // the last step reached
            }
            Button {
                objectName: "confirmScanned"
                visible: root.registration !== null && root.registration.pendingPrefills > 0
                text: qsTr("All scanned answers are correct")
                Layout.preferredHeight: Theme.touchTarget
                onClicked: root.registration.confirmAllPrefills()
            }
            Item { Layout.fillWidth: true }
            BusyIndicator { running: root.registration !== null && root.registration.busy; visible: running }
            Button {
                objectName: "finaliseButton"
                text: qsTr("Finish registration")
                enabled: root.registration !== null && !root.registration.busy && !duplicates.blocked
                         && !root.registration.cardCheck.needsSupervisor
                font.bold: true
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.touchTarget * 4
                onClicked: root.registration.finalise()
            }
        }
    }
}
