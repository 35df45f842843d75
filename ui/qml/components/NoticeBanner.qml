import QtQuick
import QtQuick.Controls.Basic
import CamIE

// A full-width notice about the kiosk itself (not about a registration).
Rectangle {
    id: root
    property alias text: label.text
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    color: Theme.warningBackground
    border.color: Theme.warning

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        wrapMode: Text.Wrap
        color: Theme.warning
        font.pixelSize: Theme.fontSizeBody
    }
}
