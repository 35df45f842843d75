import QtQuick
import CamIE

// The on-screen keyboard under the screens: Khmer (NiDA, four levels),
// Latin or a number pad, open while a text field has focus (OnScreenKeyboard
// decides when, and types into the field).
OnScreenKeyboard {
    id: keyboard
    objectName: "onScreenKeyboard"
    visible: open
    implicitHeight: keyRows.implicitHeight + 2 * Theme.keyGap

    Rectangle {
        anchors.fill: parent
        color: Theme.keyboardBackground
    }

    Column {
        id: keyRows
        anchors.centerIn: parent
        spacing: Theme.keyGap
        readonly property real unit: Math.min((keyboard.width - 2 * Theme.keyGap) / Math.max(keyboard.rowUnits, 1),
                                              Theme.keyMaxWidth)

        Repeater {
            model: keyboard.rows
            delegate: Row {
                id: keyRow
                required property var modelData
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.keyGap
                Repeater {
                    model: keyRow.modelData
                    delegate: KeyboardKey {
                        required property var modelData
                        cap: modelData
                        width: Math.max(modelData.width * keyRows.unit - Theme.keyGap, Theme.minimumTouchTarget)
                        height: Theme.keyHeight
                        onClicked: keyboard.press(cap.id)
                    }
                }
            }
        }
    }
}
