import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The receipt: the local receipt id at once, the registry number once sync
// brings it.
Page {
    id: root
    objectName: "receiptScreen"
    property string recordId
    signal close()
    onRecordIdChanged: Receipt.recordId = recordId

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 720)
        spacing: Theme.spacing

        Label {
            text: qsTr("Registration saved")
            font.pixelSize: Theme.fontSizeHero
            font.bold: true
            color: Theme.primary
        }
        Label {
            text: qsTr("It is kept safely on this kiosk and sent to the registry as soon as there is a connection.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Receipt number"); color: Theme.mutedText }
        Label {
            objectName: "receiptId"
            text: root.recordId
            font.pixelSize: Theme.fontSizeTitle
            font.family: "monospace"
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Label { text: qsTr("Registry number"); color: Theme.mutedText }
        Label {
            objectName: "registryNumber"
            text: Receipt.registryNumber.length > 0 ? Receipt.registryNumber
                                                    : qsTr("Not yet: it comes when the registration reaches the registry.")
            textFormat: Text.PlainText // words from the registry or the network: never markup
            font.pixelSize: Receipt.registryNumber.length > 0 ? Theme.fontSizeHero : Theme.fontSizeBody
            font.bold: Receipt.registryNumber.length > 0
            color: Receipt.registryNumber.length > 0 ? Theme.primary : Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            // Both numbers as QR codes: the receipt's at once, the registry's when it comes.
            ColumnLayout {
                Image {
                    objectName: "receiptIdQr"
                    source: "image://qr/" + encodeURIComponent(root.recordId)
                    Layout.preferredWidth: 140
                    Layout.preferredHeight: 140
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                }
                Label { text: qsTr("Receipt"); color: Theme.mutedText; Layout.alignment: Qt.AlignHCenter }
            }
            ColumnLayout {
                visible: Receipt.registryNumber.length > 0
                Image {
                    objectName: "registryNumberQr"
                    source: Receipt.registryNumber.length > 0 ? "image://qr/" + encodeURIComponent(Receipt.registryNumber) : ""
                    Layout.preferredWidth: 140
                    Layout.preferredHeight: 140
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                }
                Label { text: qsTr("Registry"); color: Theme.mutedText; Layout.alignment: Qt.AlignHCenter }
            }
            ColumnLayout {
                Layout.fillWidth: true
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
                    text: qsTr("Save as PDF")
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: Receipt.saveAsPdf()
                }
                Label {
                    id: pdfMessage
                    objectName: "receiptPdfMessage"
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    Layout.fillWidth: true
                    Connections {
                        target: Receipt
                        function onPdfSaved(path) { pdfMessage.text = qsTr("Saved: %1").arg(path) }
                        function onPdfFailed(message) { pdfMessage.text = message }
                        function onPrinted() { pdfMessage.text = qsTr("Sent to the printer.") }
                        function onPrintFailed(message) { pdfMessage.text = message }
                    }
                }
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
