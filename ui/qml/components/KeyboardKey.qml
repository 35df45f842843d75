import QtQuick
import QtQuick.Controls.Basic
import CamIE

// One key of the on-screen keyboard: a character (its label at the current
// level, the Shift symbol small in the corner) or a function key named in the
// screen's language. It never takes the focus from the field being typed in.
Button {
    id: key
    required property var cap

    objectName: "key_" + cap.id
    focusPolicy: Qt.NoFocus
    enabled: cap.enabled
    autoRepeat: cap.id === "backspace" || cap.id === "left" || cap.id === "right"
    text: cap.action === OnScreenKeyboard.Character ? cap.label : name(cap.id)
    font.family: Theme.fontFamily
    font.pixelSize: cap.action === OnScreenKeyboard.Character ? Theme.keyFontSize : Theme.fontSizeBody
    Accessible.name: accessibleName(cap.id, text)

    function name(id) {
        switch (id) {
        case "shift": return "⇧ " + qsTr("Shift")
        case "altgr": return qsTr("AltGr")
        case "backspace": return "⌫"
        case "enter": return qsTr("Enter")
        case "space": return qsTr("Space")
        case "left": return "◀"
        case "right": return "▶"
        case "hide": return qsTr("Hide")
        case "khmer": return qsTr("Khmer")
        case "latin": return qsTr("Latin")
        case "digits": return qsTr("Numbers")
        }
        return id
    }
    function accessibleName(id, label) {
        switch (id) {
        case "backspace": return qsTr("Delete")
        case "left": return qsTr("Cursor left")
        case "right": return qsTr("Cursor right")
        }
        return label
    }

    background: Rectangle {
        radius: Theme.radius / 2
        color: key.cap.active ? Theme.primary
                              : key.down ? Theme.border
                                         : key.cap.action === OnScreenKeyboard.Character ? Theme.keyFace
                                                                                          : Theme.keyFunctionFace
        border.color: Theme.border
        opacity: key.enabled ? 1 : 0.4
    }
    contentItem: Item {
        Text {
            anchors.centerIn: parent
            text: key.text
            font: key.font
            color: key.cap.active ? Theme.textOnPrimary : Theme.text
        }
        Text {
            anchors.top: parent.top
            anchors.right: parent.right
            text: key.cap.hint
            visible: text.length > 0
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.mutedText
        }
    }
}
