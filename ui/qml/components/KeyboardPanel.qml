import QtQuick
import CamIE

// The on-screen keyboard under the screens: Khmer (NiDA, four levels),
// Latin or a number pad, open while a text field has focus (OnScreenKeyboard
// decides when, and types into the field).
OnScreenKeyboard {
    id: keyboard
    objectName: "onScreenKeyboard"
    visible: open
    implicitHeight: keys.implicitHeight + 2 * Theme.keyGap
    // The keys (some 50 buttons) are made the first time the keyboard opens,
    // not at start-up, where no text field has the focus; then kept.
    property bool keysMade: false
    onOpenChanged: if (open) keysMade = true

    Rectangle {
        anchors.fill: parent
        color: Theme.keyboardBackground
    }

    Loader {
        id: keys
        anchors.centerIn: parent
        active: keyboard.keysMade
        sourceComponent: keyRowsComponent
    }

    Component {
        id: keyRowsComponent
        Column {
            id: keyRows
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
}
