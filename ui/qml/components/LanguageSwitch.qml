import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// Switches between Khmer and English at run time; shown on every screen.
// The current language is the filled button.
RowLayout {
    id: root
    spacing: Theme.spacing / 2

    Repeater {
        model: Language.available
        delegate: Button {
            id: button
            required property var modelData
            readonly property bool current: Language.code === modelData.code
            objectName: "language_" + modelData.code
            text: modelData.name
            Layout.minimumHeight: Theme.minimumTouchTarget
            Layout.minimumWidth: Theme.touchTarget * 2
            font.pixelSize: Theme.fontSizeBody
            Accessible.name: qsTr("Language: %1").arg(modelData.name)
            Accessible.checkable: true
            Accessible.checked: current
            onClicked: Language.setCode(modelData.code)

            contentItem: Label {
                text: button.text
                font: button.font
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: button.current ? Theme.primary : Theme.textOnPrimary
            }
            background: Rectangle {
                radius: Theme.radius
                color: button.current ? Theme.textOnPrimary : "transparent"
                border.color: Theme.textOnPrimary
                border.width: 2
                opacity: button.down ? 0.7 : 1.0
            }
        }
    }
}
