import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// Province → district → commune/sangkat → village, or search by name in
// Khmer or Latin letters at every level.
Pane {
    id: root
    signal chosen(string code)
    signal cancelled()
    padding: Theme.margin
    background: Rectangle { color: Theme.background }

    Connections {
        target: AddressPicker
        function onVillageChosen(code) { root.chosen(code) }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Back")
                enabled: AddressPicker.level > 0
                Layout.minimumHeight: Theme.touchTarget
                onClicked: AddressPicker.up()
            }
            Label {
                text: AddressPicker.path.length === 0 ? qsTr("Choose the province")
                      : AddressPicker.path.map(p => p.name).join(" › ")
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Cancel")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: root.cancelled()
            }
        }
        TextField {
            objectName: "addressSearch"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Search a village, commune, district or province")
            text: AddressPicker.query
            onTextEdited: AddressPicker.query = text
        }
        Label {
            visible: !AddressPicker.available
            text: qsTr("The list of villages is not loaded yet. Connect to the registry or ask a technician.")
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            objectName: "addressList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: AddressPicker.items
            spacing: 2
            delegate: ItemDelegate {
                required property var modelData
                objectName: "address_" + modelData.code
                width: ListView.view.width
                height: Math.max(Theme.touchTarget, implicitHeight)
                contentItem: ColumnLayout {
                    Label { text: modelData.name; font.bold: true }
                    Label { text: modelData.detail; visible: text.length > 0; color: Theme.mutedText; font.pixelSize: Theme.fontSizeSmall }
                }
                onClicked: AddressPicker.choose(modelData.code)
            }
        }
    }
}
