import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import CamIE

// Scan to prefill: the camera's view when there is a camera, the hand
// scanner (its keystrokes are caught while this panel is open), or a picture
// file. What a scan proposes is marked on the form until the teller confirms.
Pane {
    id: root
    objectName: "scanPanel"
    signal close()
    property var answers: ({})
    padding: Theme.margin
    background: Rectangle { color: Theme.background }
    focus: true

    Component.onCompleted: { Scanner.clear(); forceActiveFocus() }
    Keys.onPressed: (event) => {
        if (event.text.length > 0 || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            Scanner.keyTyped(event.key === Qt.Key_Return || event.key === Qt.Key_Enter ? "\n" : event.text, root.answers)
            event.accepted = true
        }
    }

    CameraScanner {
        id: camera
        active: root.visible && hasCamera
        videoSink: video.videoSink
        onCodeScanned: (format, text) => Scanner.scanText(text, root.answers)
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
            text: qsTr("No camera is connected. Use the hand scanner now, or read a picture file below.")
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
            Layout.fillHeight: true
            verticalAlignment: Text.AlignVCenter
        }

        Label {
            objectName: "scanMessage"
            text: Scanner.message
            textFormat: Text.PlainText // words from the registry or the network: never markup
            visible: text.length > 0
            wrapMode: Text.Wrap
            font.bold: true
            color: Scanner.verdict === "valid" ? Theme.primary : Theme.error
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: imagePath
                objectName: "scanImagePath"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Picture file (PNG or JPEG), e.g. /media/usb/code.png")
            }
            Button {
                objectName: "scanImageButton"
                text: qsTr("Read picture")
                enabled: imagePath.text.length > 0 && !Scanner.busy
                Layout.minimumHeight: Theme.touchTarget
                onClicked: Scanner.scanImageFile(imagePath.text, root.answers)
            }
            BusyIndicator { running: Scanner.busy; visible: running }
        }
    }
}
