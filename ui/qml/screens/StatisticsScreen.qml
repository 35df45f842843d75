import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The campaign: registrations per province from the registry, ranked, and
// this kiosk's own numbers for today.
Page {
    id: root
    objectName: "statisticsScreen"
    signal back()
    background: Rectangle { color: Theme.background }
    Component.onCompleted: Statistics.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "statisticsBack"
                text: qsTr("Back")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: root.back()
            }
            Label {
                text: qsTr("Registrations across Cambodia: %1").arg(Statistics.total)
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Refresh")
                enabled: !Statistics.loading
                Layout.minimumHeight: Theme.touchTarget
                onClicked: Statistics.refresh()
            }
        }
        Label {
            text: qsTr("This kiosk today: %1 registered, %2 waiting to send.").arg(Home.today).arg(Home.queued)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: Statistics.problem
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        BusyIndicator { running: Statistics.loading; visible: running }
        ListView {
            objectName: "provinceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Statistics.provinces
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                height: Theme.minimumTouchTarget
                Label { text: modelData.rank; font.bold: true; Layout.preferredWidth: Theme.touchTarget }
                Label { text: modelData.name; Layout.fillWidth: true; elide: Text.ElideRight }
                Label { text: modelData.registrations; font.bold: true; color: Theme.primary }
            }
        }
    }
}
