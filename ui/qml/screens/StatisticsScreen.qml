import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// Statistics: registrations per province from the registry, ranked, and
// this kiosk's own numbers for today; every number grouped ("18,523"), in
// Khmer digits on a Khmer screen.
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
                objectName: "statisticsTotal"
                text: qsTr("Registrations across Cambodia: %1").arg(LocalFormat.formatNumber(Statistics.total, Language.code))
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
            text: qsTr("This kiosk today: %1 registered, %2 waiting to send.")
                  .arg(LocalFormat.formatNumber(Home.today, Language.code)).arg(LocalFormat.formatNumber(Home.queued, Language.code))
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
                Label { text: LocalFormat.formatNumber(modelData.rank, Language.code); font.bold: true; Layout.preferredWidth: Theme.touchTarget }
                Label { text: modelData.name; Layout.fillWidth: true; elide: Text.ElideRight }
                Label {
                    objectName: "provinceRegistrations_" + modelData.code
                    text: LocalFormat.formatNumber(modelData.registrations, Language.code)
                    font.bold: true
                    color: Theme.primary
                }
            }
        }
    }
}
