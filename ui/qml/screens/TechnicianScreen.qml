import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The technician's area: this kiosk's version and sync state, its settings
// with a connection check, USB bundles, and leaving kiosk mode (only a
// technician can).
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
            textFormat: Text.PlainText // words from the registry or the network: never markup
            wrapMode: Text.Wrap
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
        // The settings, as kiosk.conf holds them (docs/config.md).
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            visible: Settings.available
            GridLayout {
                width: parent.width
                columns: 2
                columnSpacing: Theme.spacing
                Repeater {
                    model: [
                        { key: "sync/endpoint", label: qsTr("Security server address") },
                        { key: "sync/connection", label: qsTr("Connection type (mtls, tls or http)") },
                        { key: "sync/client", label: qsTr("X-Road client of this kiosk") },
                        { key: "sync/service", label: qsTr("X-Road service of the registry") },
                        { key: "sync/ca_file", label: qsTr("CA certificates file") },
                        { key: "sync/cert_file", label: qsTr("This kiosk's certificate file") },
                        { key: "sync/key_file", label: qsTr("This kiosk's key file") },
                        { key: "sync/proxy", label: qsTr("Proxy") },
                        { key: "ui/idle_lock_seconds", label: qsTr("Sign out after idle (seconds)") },
                        { key: "ui/language", label: qsTr("Language at start (km or en)") }
                    ]
                    delegate: Item {
                        required property var modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        RowLayout {
                            anchors.fill: parent
                            Label { text: modelData.label; Layout.preferredWidth: 360; wrapMode: Text.Wrap }
                            TextField {
                                objectName: "setting_" + modelData.key.replace("/", "_")
                                text: Settings.values[modelData.key] === undefined ? "" : String(Settings.values[modelData.key])
                                Layout.fillWidth: true
                                implicitHeight: Theme.touchTarget
                                onEditingFinished: Settings.setValue(modelData.key, text)
                            }
                        }
                    }
                }
            }
        }
        Label {
            objectName: "settingsMessage"
            text: Settings.message
            textFormat: Text.PlainText // words from the registry or the network: never markup
            visible: text.length > 0
            color: Settings.lastOk ? Theme.primary : Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            visible: Settings.available
            Button {
                objectName: "settingsCheck"
                text: qsTr("Check the connection")
                enabled: !Settings.busy
                Layout.minimumHeight: Theme.touchTarget
                onClicked: Settings.check()
            }
            Button {
                objectName: "settingsSave"
                text: qsTr("Save")
                enabled: !Settings.busy
                Layout.minimumHeight: Theme.touchTarget
                onClicked: Settings.save(Session.operatorId)
            }
            Button {
                text: qsTr("Undo changes")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: Settings.reload()
            }
        }
        // USB bundles for drives with no network (docs/operations.md): this
        // kiosk's unsent registrations to a stick, or a stick's bundle into
        // this kiosk's queue.
        ColumnLayout {
            Layout.fillWidth: true
            visible: Transfers.available
            spacing: Theme.spacing / 2
            Label {
                text: qsTr("USB stick")
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    objectName: "usbFolder"
                    text: Transfers.folder
                    placeholderText: qsTr("Folder of the USB stick")
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    onEditingFinished: Transfers.folder = text
                }
                Repeater {
                    model: Transfers.sticks
                    delegate: Button {
                        required property string modelData
                        text: modelData
                        Layout.minimumHeight: Theme.touchTarget
                        onClicked: Transfers.folder = modelData
                    }
                }
                Button {
                    objectName: "exportBundle"
                    text: qsTr("Export unsent registrations")
                    enabled: !Transfers.busy
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: Transfers.exportNow(false, Session.operatorId)
                }
                Button {
                    objectName: "requeueExported"
                    text: qsTr("Send exported ones from here")
                    enabled: !Transfers.busy
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: Transfers.requeueExported(Session.operatorId)
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Repeater {
                    model: Transfers.bundles
                    delegate: Button {
                        required property string modelData
                        required property int index
                        objectName: "importBundle_" + index
                        text: qsTr("Import %1").arg(modelData)
                        enabled: !Transfers.busy
                        height: Theme.touchTarget
                        onClicked: Transfers.importBundle(modelData, Session.operatorId)
                    }
                }
            }
            ProgressBar {
                objectName: "transferProgress"
                from: 0
                to: 1
                value: Transfers.progress
                visible: Transfers.busy || Transfers.progress > 0
                Layout.fillWidth: true
            }
            Label {
                objectName: "transferMessage"
                text: Transfers.message
                textFormat: Text.PlainText // words from the registry or the network: never markup
                visible: text.length > 0
                color: Transfers.lastOk ? Theme.primary : Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "leaveKioskMode"
            visible: KioskInfo.kioskMode
            text: qsTr("Leave kiosk mode")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onClicked: KioskInfo.quit(Session.operatorId)
        }
    }
}
