import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// Home: today's numbers, the sync state in words, and the big button.
Page {
    id: root
    objectName: "homeScreen"
    signal newRegistration()
    signal openRecords()
    signal openSync()
    signal openStatistics()
    signal openTechnician()
    signal openChangePin()

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Signed in as %1").arg(Session.operatorId)
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Button {
                objectName: "technicianButton"
                visible: Session.isTechnician
                text: qsTr("Technician")
                Layout.minimumHeight: Theme.minimumTouchTarget
                onClicked: root.openTechnician()
            }
            Button {
                objectName: "changePinButton"
                text: qsTr("Change PIN")
                Layout.minimumHeight: Theme.minimumTouchTarget
                onClicked: root.openChangePin()
            }
            Button {
                objectName: "signOutButton"
                text: qsTr("Sign out")
                Layout.minimumHeight: Theme.minimumTouchTarget
                onClicked: Session.signOut()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 4
            columnSpacing: Theme.spacing
            StatTile { objectName: "todayTile"; label: qsTr("Today"); value: Home.today; Layout.fillWidth: true }
            StatTile { objectName: "queuedTile"; label: qsTr("Waiting to send"); value: Home.queued; Layout.fillWidth: true }
            StatTile { objectName: "sentTile"; label: qsTr("Sent"); value: Home.sent; Layout.fillWidth: true }
            StatTile { objectName: "rejectedTile"; label: qsTr("Need correction"); value: Home.rejected; Layout.fillWidth: true; alert: Home.rejected > 0 }
        }

        Label {
            objectName: "countsProblem"
            text: Home.countsProblem
            textFormat: Text.PlainText
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Pane {
            Layout.fillWidth: true
            padding: Theme.spacing
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
            RowLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "syncWords"
                        text: Home.syncWords
                        textFormat: Text.PlainText // words from the registry or the network: never markup
                        wrapMode: Text.Wrap
                        font.bold: true
                        color: Home.syncState === "error" ? Theme.error : Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        text: Home.syncProblem
                        textFormat: Text.PlainText // words from the registry or the network: never markup
                        visible: text.length > 0
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "lastSent"
                        text: Home.lastSuccess.getTime() > 0
                              ? qsTr("Last sent: %1").arg(LocalFormat.formatDateTime(Home.lastSuccess, Language.code))
                              : qsTr("Nothing sent yet.")
                        color: Theme.mutedText
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "syncNowButton"
                    text: qsTr("Try now")
                    visible: Home.syncState !== "disabled"
                    Layout.minimumHeight: Theme.minimumTouchTarget
                    onClicked: Home.syncNow()
                }
            }
        }

        Item { Layout.fillHeight: true }

        Button {
            objectName: "newRegistrationButton"
            text: qsTr("New registration")
            font.pixelSize: Theme.fontSizeHero
            font.bold: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 2
            onClicked: root.newRegistration()
            contentItem: Label {
                text: parent.text
                font: parent.font
                color: Theme.textOnPrimary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle { color: parent.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary; radius: Theme.radius }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "recordsButton"
                text: qsTr("Records")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: root.openRecords()
            }
            Button {
                objectName: "statisticsButton"
                text: qsTr("Statistics")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: root.openStatistics()
            }
            Button {
                objectName: "syncButton"
                text: qsTr("Sync")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: root.openSync()
            }
        }
    }
}
