import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The bar at the top of every screen: the kiosk's name and the language switch.
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
        LanguageSwitch {}
    }
}
