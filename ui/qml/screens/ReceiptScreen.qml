import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The receipt: the short receipt code to read out (and its QR code) at once,
// words that follow the record's state, the registry number once sync
// brings it, and printing or saving the bilingual PDF. The receipt's model
// is the screen's own: it holds the person's name (for the PDF) and asks the
// store for the record on every sync change, so it goes with the screen.
Page {
    id: root
    objectName: "receiptScreen"
    property string recordId
    signal close()

    ReceiptModel {
        id: receipt
        objectName: "receiptModel"
        recordId: root.recordId
    }

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 760)
        spacing: Theme.spacing

        Label {
            objectName: "receiptHeadline"
            text: receipt.headline
            font.pixelSize: Theme.fontSizeHero
            font.bold: true
            color: receipt.status === "rejected" ? Theme.error : Theme.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "receiptState"
            text: receipt.stateText
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
                    text: receipt.receiptCode
                    font.pixelSize: Theme.fontSizeHero * 1.4
                    font.bold: true
                    font.family: "monospace"
                    font.letterSpacing: 2
                }
                Label {
                    objectName: "receiptCaptured"
                    visible: receipt.capturedText.length > 0
                    text: qsTr("Registered on %1").arg(receipt.capturedText)
                    color: Theme.mutedText
                }
                Label { text: qsTr("Registry number"); color: Theme.mutedText }
                Label {
                    objectName: "registryNumber"
                    text: receipt.registryNumber.length > 0 ? receipt.registryNumber
                                                            : qsTr("Not yet: it comes when the registration reaches the registry.")
                    textFormat: Text.PlainText // words from the registry or the network: never markup
                    font.pixelSize: receipt.registryNumber.length > 0 ? Theme.fontSizeTitle : Theme.fontSizeBody
                    font.bold: receipt.registryNumber.length > 0
                    color: receipt.registryNumber.length > 0 ? Theme.text : Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            // The receipt code as a QR code, for the records search to read back.
            Image {
                objectName: "receiptCodeQr"
                source: receipt.receiptCode.length > 0 ? "image://qr/" + encodeURIComponent(receipt.receiptCode) : ""
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
                visible: receipt.canPrint
                text: qsTr("Print")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: {
                    pdfMessage.text = qsTr("Printing…")
                    receipt.print()
                }
            }
            Button {
                objectName: "receiptPdf"
                text: qsTr("Save in Documents")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: receipt.saveAsPdf()
            }
            Button {
                objectName: "receiptUsb"
                visible: receipt.usbStick.length > 0
                text: qsTr("Save to the USB stick %1").arg(receipt.usbStick)
                Layout.minimumHeight: Theme.touchTarget
                onClicked: receipt.saveToUsb()
            }
        }
        Label {
            id: pdfMessage
            objectName: "receiptPdfMessage"
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
            Connections {
                target: receipt
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
