import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The first screen: an operator signs in with their id and PIN.
Page {
    id: root
    objectName: "signInScreen"

    // Sign-in itself is wired by the application (operators live in the store).
    signal signInRequested(string operatorId, string pin)
    property string message: ""
    property bool busy: false

    background: Rectangle { color: Theme.background }

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
                text: qsTr("Sign in")
                font.pixelSize: Theme.fontSizeHero
                font.bold: true
                color: Theme.text
            }
            Label {
                text: qsTr("Enter your operator ID and PIN to start registering people.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            TextField {
                id: operatorField
                objectName: "operatorField"
                placeholderText: qsTr("Operator ID")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                OnScreenKeyboard.layout: OnScreenKeyboard.Latin
                Accessible.name: qsTr("Operator ID")
            }
            Label {
                // Operator ids are Latin: say so while the Khmer layout is on.
                objectName: "operatorHint"
                text: Language.code.length > 0 ? TypingHelp.scriptHint("operator_id", operatorField.text) : ""
                visible: text.length > 0
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: pinField
                objectName: "pinField"
                placeholderText: qsTr("PIN or passphrase")
                echoMode: TextInput.Password
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                OnScreenKeyboard.layout: OnScreenKeyboard.Digits
                Accessible.name: qsTr("PIN or passphrase")
                onAccepted: signInButton.clicked()
            }
            Button {
                id: signInButton
                objectName: "signInButton"
                text: qsTr("Sign in")
                enabled: !root.busy && operatorField.text.length > 0 && pinField.text.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontSizeTitle
                onClicked: {
                    root.signInRequested(operatorField.text, pinField.text)
                    pinField.clear()
                }
            }
            BusyIndicator {
                running: root.busy
                visible: root.busy
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                objectName: "signInMessage"
                text: root.message
                textFormat: Text.PlainText // words from the registry or the network: never markup
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
