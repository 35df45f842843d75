import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The technician's area: this kiosk's version and sync state, a connection
// check, and leaving kiosk mode (only a technician can).
Page {
    id: root
    objectName: "technicianScreen"
    signal back()
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Button {
            objectName: "technicianBack"
            text: qsTr("Back")
            Layout.minimumHeight: Theme.touchTarget
            onClicked: root.back()
        }
        Label {
            text: qsTr("CAM-IE kiosk %1").arg(KioskInfo.version)
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
        }
        Label {
            text: Home.syncWords
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: Home.syncProblem
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Connection settings are in kiosk.conf ([sync]); check them from a terminal with: camie-kioskctl sync check")
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
        }
        Button {
            objectName: "technicianCheck"
            text: qsTr("Check the connection now")
            enabled: Home.syncState !== "disabled"
            Layout.minimumHeight: Theme.touchTarget
            onClicked: Home.syncNow()
        }
        Item { Layout.fillHeight: true }
        Button {
            objectName: "leaveKioskMode"
            visible: KioskInfo.kioskMode
            text: qsTr("Leave kiosk mode")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onClicked: KioskInfo.quit()
        }
    }
}
