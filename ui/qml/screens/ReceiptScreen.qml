import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The receipt: the short receipt code to read out (and its QR code) at once,
// words that follow the record's state, the registry number once sync
// brings it, and printing or saving the bilingual PDF.
Page {
    id: root
    objectName: "receiptScreen"
    property string recordId
    signal close()
    onRecordIdChanged: Receipt.recordId = recordId
    // The receipt holds the person's name (for the PDF): not past its screen.
    Component.onDestruction: if (Receipt.recordId === recordId) Receipt.recordId = ""

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 760)
        spacing: Theme.spacing

        Label {
            objectName: "receiptHeadline"
            text: Receipt.headline
            font.pixelSize: Theme.fontSizeHero
            font.bold: true
            color: Receipt.status === "rejected" ? Theme.error : Theme.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "receiptState"
            text: Receipt.stateText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            ColumnLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Receipt code"); color: Theme.mutedText }
                Label {
                    objectName: "receiptCode"
                    text: Receipt.receiptCode
                    font.pixelSize: Theme.fontSizeHero * 1.4
                    font.bold: true
                    font.family: "monospace"
                    font.letterSpacing: 2
                }
                Label {
                    objectName: "receiptCaptured"
                    visible: Receipt.capturedText.length > 0
                    text: qsTr("Registered on %1").arg(Receipt.capturedText)
                    color: Theme.mutedText
                }
                Label { text: qsTr("Registry number"); color: Theme.mutedText }
                Label {
                    objectName: "registryNumber"
                    text: Receipt.registryNumber.length > 0 ? Receipt.registryNumber
                                                            : qsTr("Not yet: it comes when the registration reaches the registry.")
                    textFormat: Text.PlainText // words from the registry or the network: never markup
                    font.pixelSize: Receipt.registryNumber.length > 0 ? Theme.fontSizeTitle : Theme.fontSizeBody
                    font.bold: Receipt.registryNumber.length > 0
                    color: Receipt.registryNumber.length > 0 ? Theme.text : Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            // The receipt code as a QR code, for the records search to read back.
            Image {
                objectName: "receiptCodeQr"
                source: Receipt.receiptCode.length > 0 ? "image://qr/" + encodeURIComponent(Receipt.receiptCode) : ""
                Layout.preferredWidth: 160
                Layout.preferredHeight: 160
                fillMode: Image.PreserveAspectFit
                smooth: false
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "receiptPrint"
                visible: Receipt.canPrint
                text: qsTr("Print")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: {
                    pdfMessage.text = qsTr("Printing…")
                    Receipt.print()
                }
            }
            Button {
                objectName: "receiptPdf"
                text: qsTr("Save in Documents")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: Receipt.saveAsPdf()
            }
            Button {
                objectName: "receiptUsb"
                visible: Receipt.usbStick.length > 0
                text: qsTr("Save to the USB stick %1").arg(Receipt.usbStick)
                Layout.minimumHeight: Theme.touchTarget
                onClicked: Receipt.saveToUsb()
            }
        }
        Label {
            id: pdfMessage
            objectName: "receiptPdfMessage"
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
            Connections {
                target: Receipt
                function onPdfSaved(message, path) { pdfMessage.text = message }
                function onPdfFailed(message) { pdfMessage.text = message }
                function onPrinted() { pdfMessage.text = qsTr("Sent to the printer.") }
                function onPrintFailed(message) { pdfMessage.text = message }
            }
        }
        Button {
            objectName: "receiptDone"
            text: qsTr("Done")
            font.bold: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onClicked: root.close()
        }
    }
}
