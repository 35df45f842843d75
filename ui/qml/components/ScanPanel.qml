import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import CamIE

// Scan to prefill: the camera's view when there is a camera, the hand
// scanner (its keystrokes are caught while this panel is open), or a picture
// on a USB stick, chosen by its name. An ID card is read from such a picture
// or from a still the camera takes when the card held inside the guide frame
// is steady and sharp. What a scan or a card proposes is marked on the form
// until the teller confirms. The scanner is the registration screen's.
Pane {
    id: root
    objectName: "scanPanel"
    signal close()
    required property Scanner scanner
    signal cardProposed(var proposals) // CardCapture.proposed, for Registration.applyCardReading
    property var answers: ({})
    property bool cardMode: false // the camera looks for an ID card to read
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
    CardCapture {
        id: card
        onProposed: (proposals) => { root.cardMode = false; root.cardProposed(proposals) }
        // A still that gave nothing: the camera waits until the teller tries again.
        onChanged: if (failed) root.cardMode = false
    }
    CardCamera {
        id: cardCamera
        active: root.visible && root.cardMode && camera.hasCamera && !card.busy
        videoSink: video.videoSink
        onStillTaken: (image) => card.readImage(image)
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
                objectName: "cardCameraButton"
                visible: camera.hasCamera
                enabled: !card.busy
                checkable: true
                checked: root.cardMode
                text: qsTr("Read an ID card with the camera")
                Layout.minimumHeight: Theme.touchTarget
                onToggled: root.cardMode = checked
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
            // Where to hold the card: its shape (85.6 x 54 mm), centred.
            Rectangle {
                objectName: "cardGuide"
                visible: root.cardMode
                readonly property real fit: Math.min(video.contentRect.width * 0.8,
                                                     video.contentRect.height * 0.8 * 85.6 / 54)
                width: fit
                height: fit * 54 / 85.6
                x: video.contentRect.x + (video.contentRect.width - width) / 2
                y: video.contentRect.y + (video.contentRect.height - height) / 2
                color: "transparent"
                radius: height * 0.06
                border.width: 4
                border.color: cardCamera.state === CardCamera.Steady || cardCamera.state === CardCamera.Taken
                              ? Theme.primary : Theme.warning
            }
        }
        Label {
            objectName: "cardCameraStatus"
            visible: root.cardMode && camera.hasCamera
            text: cardCamera.status
            wrapMode: Text.Wrap
            font.bold: true
            Layout.fillWidth: true
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
            BusyIndicator {
                objectName: "scanBusy"
                running: root.scanner.busy || card.busy
                visible: running
            }
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
            delegate: RowLayout {
                required property int index
                required property string fileName
                required property string driveName
                required property string filePath
                width: ListView.view.width
                spacing: Theme.spacing / 2
                Button {
                    objectName: "scanPicture_" + index
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    enabled: !root.scanner.busy && !card.busy
                    text: qsTr("%1 (on %2)").arg(fileName).arg(driveName)
                    onClicked: root.scanner.scanImageFile(filePath, root.answers)
                }
                Button {
                    objectName: "readCard_" + index
                    implicitHeight: Theme.touchTarget
                    enabled: !root.scanner.busy && !card.busy
                    text: qsTr("Read as ID card")
                    onClicked: card.readPicture(filePath)
                }
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
        Label {
            objectName: "cardMessage"
            text: card.message
            textFormat: Text.PlainText
            visible: text.length > 0
            wrapMode: Text.Wrap
            font.bold: true
            color: card.failed ? Theme.error : Theme.primary
            Layout.fillWidth: true
        }
    }
}
