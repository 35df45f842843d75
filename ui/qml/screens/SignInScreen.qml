import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The first screen: an operator signs in with their id and PIN. After a
// one-time PIN (a new operator's) it asks for their own PIN, twice.
Page {
    id: root
    objectName: "signInScreen"

    // Sign-in itself is wired by the application (operators live in the store).
    signal signInRequested(string operatorId, string pin)
    signal newPinChosen(string newPin, string repeated)
    signal newPinCancelled()
    property string message: ""
    property bool busy: false
    property bool mustChangePin: false
    property string changeMessage: ""

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
                text: root.mustChangePin ? qsTr("Choose your own PIN") : qsTr("Sign in")
                font.pixelSize: Theme.fontSizeHero
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap // the Khmer title is wider than the pane
                Layout.fillWidth: true
            }
            PinChangePanel {
                objectName: "firstPinPanel"
                visible: root.mustChangePin
                askOld: false
                busy: root.busy
                message: root.changeMessage
                Layout.fillWidth: true
                onSubmitted: (oldPin, newPin, repeated) => root.newPinChosen(newPin, repeated)
                onCancelled: root.newPinCancelled()
            }
            Label {
                visible: !root.mustChangePin
                text: qsTr("Enter your operator ID and PIN to start registering people.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            TextField {
                id: operatorField
                visible: !root.mustChangePin
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
                visible: !root.mustChangePin
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
                visible: !root.mustChangePin
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
                running: root.busy && !root.mustChangePin
                visible: running
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
