import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The kiosk's records: status, receipt id and registry number; search by
// receipt id or registry number. A rejected record shows the registry's
// field errors.
Page {
    id: root
    objectName: "recordsScreen"
    signal back()
    background: Rectangle { color: Theme.background }
    Component.onCompleted: Records.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "recordsBack"
                text: qsTr("Back")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: root.back()
            }
            TextField {
                objectName: "recordsSearch"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Receipt number or registry number (IE-…)")
                text: Records.query
                onTextEdited: Records.query = text
            }
        }
        ListView {
            objectName: "recordsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: Records.records
            delegate: Rectangle {
                required property var modelData
                width: ListView.view.width
                implicitHeight: column.implicitHeight + Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: modelData.status === "rejected" ? Theme.error : Theme.border
                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    RowLayout {
                        Label {
                            text: Records.statusWords(modelData.status)
                            font.bold: true
                            color: modelData.status === "rejected" ? Theme.error : Theme.primary
                        }
                        Label {
                            text: modelData.registryNumber
                            textFormat: Text.PlainText // words from the registry or the network: never markup
                            font.bold: true
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignRight
                        }
                    }
                    Label {
                        text: modelData.id
                        textFormat: Text.PlainText // words from the registry or the network: never markup
                        font.family: "monospace"
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSizeSmall
                    }
                    Button {
                        objectName: "correct_" + modelData.id
                        visible: modelData.status === "rejected" && Session.isSupervisor
                        text: qsTr("Reopen and correct")
                        Layout.minimumHeight: Theme.touchTarget
                        onClicked: Records.reopen(modelData.id)
                    }
                    Repeater {
                        model: modelData.serverErrors
                        delegate: Label {
                            required property var modelData
                            text: (modelData.field ? modelData.field + ": " : "") + (modelData.message || modelData.code)
                            textFormat: Text.PlainText // words from the registry or the network: never markup
                            color: Theme.error
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        Label {
            visible: Records.records.length === 0
            text: qsTr("No records found.")
            color: Theme.mutedText
        }
    }
}
