import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// One number on the home screen, with what it counts.
Rectangle {
    id: root
    property string label
    property int value
    property bool alert: false
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: alert ? Theme.error : Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        Label {
            objectName: "value"
            text: LocalFormat.formatNumber(root.value, Language.code)
            font.pixelSize: Theme.fontSizeHero
            font.bold: true
            color: root.alert ? Theme.error : Theme.primary
        }
        Label {
            text: root.label
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
