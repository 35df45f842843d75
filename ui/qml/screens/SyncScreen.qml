import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// Sync: progress (n of m), what went wrong in words, and "try now".
Page {
    id: root
    objectName: "syncScreen"
    signal back()
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Button {
            objectName: "syncBack"
            text: qsTr("Back")
            Layout.minimumHeight: Theme.touchTarget
            onClicked: root.back()
        }
        Label {
            objectName: "syncState"
            text: Home.syncWords
            textFormat: Text.PlainText // words from the registry or the network: never markup
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ProgressBar {
            visible: Home.syncState === "syncing" && Home.syncTotal > 0
            from: 0
            to: Math.max(1, Home.syncTotal)
            value: Home.syncDone
            Layout.fillWidth: true
        }
        Label {
            text: Home.syncProblem
            textFormat: Text.PlainText // words from the registry or the network: never markup
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1 waiting to send, %2 sent, %3 need correction.").arg(Home.queued).arg(Home.sent).arg(Home.rejected)
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }
        Button {
            objectName: "syncTryNow"
            text: qsTr("Try now")
            enabled: Home.syncState !== "disabled"
            font.bold: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onClicked: Home.syncNow()
        }
    }
}
