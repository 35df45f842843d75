import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import CamIE

// Scan to prefill: the camera's view when there is a camera, the hand
// scanner (its keystrokes are caught while this panel is open), or a picture
// on a USB stick, chosen by its name. What a scan proposes is marked on the
// form until the teller confirms. The scanner is the registration screen's.
Pane {
    id: root
    objectName: "scanPanel"
    signal close()
    required property Scanner scanner
    property var answers: ({})
    padding: Theme.margin
    background: Rectangle { color: Theme.background }
    focus: true

    Component.onCompleted: { root.scanner.clear(); forceActiveFocus() }
    Keys.onPressed: (event) => {
        if (event.text.length > 0 || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.scanner.keyTyped(event.key === Qt.Key_Return || event.key === Qt.Key_Enter ? "\n" : event.text, root.answers)
            event.accepted = true
        }
    }

    CameraScanner {
        id: camera
        active: root.visible && hasCamera
        videoSink: video.videoSink
        onCodeScanned: (format, text) => root.scanner.scanText(text, root.answers)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Scan an ID card or a pre-registration code")
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "scanClose"
                text: qsTr("Back to the form")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: root.close()
            }
        }

        VideoOutput {
            id: video
            visible: camera.hasCamera
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Label {
            visible: !camera.hasCamera
            text: qsTr("No camera is connected. Use the hand scanner now, or read a picture from a USB stick below.")
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
        }

        UsbPictures { id: pictures }
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "scanPicturesTitle"
                text: pictures.count > 0
                      ? qsTr("Pictures on the USB stick")
                      : pictures.drives > 0
                        ? qsTr("The USB stick has no pictures (PNG or JPEG).")
                        : qsTr("Put in a USB stick with a picture of the code or the ID card.")
                wrapMode: Text.Wrap
                font.bold: pictures.count > 0
                Layout.fillWidth: true
            }
            Button {
                objectName: "scanPicturesRefresh"
                text: qsTr("Look again")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: pictures.refresh()
            }
            BusyIndicator { running: root.scanner.busy; visible: running }
        }
        ListView {
            id: pictureList
            objectName: "scanPictures"
            model: pictures
            clip: true
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Layout.fillHeight: !camera.hasCamera
            Layout.preferredHeight: camera.hasCamera ? Math.min(contentHeight, Theme.touchTarget * 3) : -1
            delegate: Button {
                objectName: "scanPicture_" + index
                width: ListView.view.width
                implicitHeight: Theme.touchTarget
                enabled: !root.scanner.busy
                text: qsTr("%1 (on %2)").arg(fileName).arg(driveName)
                onClicked: root.scanner.scanImageFile(filePath, root.answers)
            }
        }

        Label {
            objectName: "scanMessage"
            text: root.scanner.message
            textFormat: Text.PlainText // words from the registry or the network: never markup
            visible: text.length > 0
            wrapMode: Text.Wrap
            font.bold: true
            color: root.scanner.verdict === "valid" ? Theme.primary : Theme.error
            Layout.fillWidth: true
        }
    }
}
