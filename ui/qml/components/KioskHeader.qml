import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The bar at the top of every screen: the kiosk's name, how to switch the
// keyboard between Khmer and Latin (once a physical keyboard has been used)
// and the language switch.
ToolBar {
    id: root
    padding: Theme.spacing / 2
    background: Rectangle { color: Theme.primary }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin

        Label {
            text: qsTr("CAM-IE Registration")
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "keyboardHint"
            visible: TypingHelp.physicalKeyboardUsed
            text: qsTr("Keyboard: Alt+Shift switches Khmer and Latin")
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontSizeSmall
        }
        LanguageSwitch {}
    }
}
