import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// Choosing a new PIN: the PIN in use (unless it was a one-time PIN, already
// typed), then the new one twice. Whether it is good enough is the store's
// to say (`message`).
ColumnLayout {
    id: root
    property bool askOld: true
    property bool busy: false
    property string message: ""
    signal submitted(string oldPin, string newPin, string repeated)
    signal cancelled()
    spacing: Theme.spacing

    function clear() {
        oldPinField.clear()
        newPinField.clear()
        repeatPinField.clear()
    }

    Label {
        text: qsTr("A teller's PIN has at least 6 digits; a supervisor or technician needs at least 10 digits or a passphrase of 10 characters. Avoid easy ones like 123456 or 111111.")
        wrapMode: Text.Wrap
        color: Theme.mutedText
        Layout.fillWidth: true
    }
    TextField {
        id: oldPinField
        objectName: "oldPinField"
        visible: root.askOld
        placeholderText: qsTr("Your PIN now")
        echoMode: TextInput.Password
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        OnScreenKeyboard.layout: OnScreenKeyboard.Digits
        Accessible.name: placeholderText
    }
    TextField {
        id: newPinField
        objectName: "newPinField"
        placeholderText: qsTr("New PIN or passphrase")
        echoMode: TextInput.Password
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        OnScreenKeyboard.layout: OnScreenKeyboard.Digits
        Accessible.name: placeholderText
    }
    TextField {
        id: repeatPinField
        objectName: "repeatPinField"
        placeholderText: qsTr("New PIN or passphrase again")
        echoMode: TextInput.Password
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        OnScreenKeyboard.layout: OnScreenKeyboard.Digits
        Accessible.name: placeholderText
        onAccepted: saveButton.clicked()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "pinChangeCancel"
            text: qsTr("Cancel")
            Layout.preferredHeight: Theme.touchTarget
            onClicked: {
                root.clear()
                root.cancelled()
            }
        }
        Button {
            id: saveButton
            objectName: "pinChangeSave"
            text: qsTr("Save the new PIN")
            enabled: !root.busy && newPinField.text.length > 0 && repeatPinField.text.length > 0
                     && (!root.askOld || oldPinField.text.length > 0)
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onClicked: {
                root.submitted(oldPinField.text, newPinField.text, repeatPinField.text)
                root.clear()
            }
        }
    }
    BusyIndicator {
        running: root.busy
        visible: root.busy
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        objectName: "pinChangeMessage"
        text: root.message
        textFormat: Text.PlainText
        visible: text.length > 0
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
