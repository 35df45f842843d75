import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// A signed-in operator changes their own PIN: the one in use, then the new
// one twice. Says so once the new one is in place.
Page {
    id: root
    objectName: "changePinScreen"
    signal back()
    property bool changed: false
    background: Rectangle { color: Theme.background }

    Connections {
        target: Session
        function onSecretChanged() { root.changed = true }
    }

    Pane {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        padding: Theme.margin
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("Change your PIN")
                font.pixelSize: Theme.fontSizeHero
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PinChangePanel {
                visible: !root.changed
                askOld: true
                busy: Session.busy
                message: Session.secretMessage
                Layout.fillWidth: true
                onSubmitted: (oldPin, newPin, repeated) => Session.changeSecret(oldPin, newPin, repeated)
                onCancelled: root.back()
            }
            Label {
                objectName: "pinChangedMessage"
                visible: root.changed
                text: qsTr("Your new PIN is in place. Use it from the next sign-in.")
                wrapMode: Text.Wrap
                color: Theme.text
                Layout.fillWidth: true
            }
            Button {
                objectName: "changePinDone"
                visible: root.changed
                text: qsTr("Done")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: root.back()
            }
        }
    }
}
