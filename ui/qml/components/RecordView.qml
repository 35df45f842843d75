import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// One record, read-only, opened from the Records screen: its receipt, its
// status and, while the kiosk holds them, the person's answers. Its receipt
// is printed or saved again through the receipt's own model (a ReceiptModel
// of this view's, following the record open: none once the view closes).
Item {
    id: root
    property var record     // a recordRow
    property string problem // why something asked for failed, in words
    signal back()

    // The receipt model follows the record opened, so that its number and
    // status are known by the time the teller asks for the receipt.
    ReceiptModel {
        id: receipt
        objectName: "recordReceiptModel"
        recordId: root.record ? root.record.id : ""
    }
    readonly property bool receiptReady: record !== undefined && record.id.length > 0
                                         && receipt.recordId === record.id && receipt.status.length > 0

    readonly property bool cardChecked: record !== undefined && record.detailsShown && record.cardChecked
    readonly property bool cardConfirmed: cardChecked && record.cardConfirmedBy.length > 0

    component Caption: Label {
        color: Theme.mutedText
        Layout.alignment: Qt.AlignTop
    }
    component Value: Label {
        textFormat: Text.PlainText // the person's answers and the registry's words: never markup
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "recordBack"
                text: qsTr("Back to the list")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: root.back()
            }
            Label {
                objectName: "recordTitle"
                text: root.record && root.record.detailsShown
                      ? [root.record.nameKm, root.record.nameEn].filter(n => n.length > 0).join("  ·  ")
                      : qsTr("Receipt %1").arg(root.record ? root.record.receiptCode : "")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: grid.implicitHeight
            GridLayout {
                id: grid
                width: parent.width
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 2

                Caption { text: qsTr("Status") }
                Value {
                    objectName: "recordStatusWords"
                    text: root.record ? root.record.statusWords : ""
                    font.bold: true
                    color: root.record && root.record.needsCorrection ? Theme.error : Theme.primary
                }
                Caption { text: qsTr("Receipt code") }
                Value { objectName: "recordReceiptCode"; text: root.record ? root.record.receiptCode : ""; font.family: "monospace" }
                Caption { text: qsTr("Registry number") }
                Value {
                    objectName: "recordRegistryNumber"
                    text: root.record && root.record.registryNumber.length > 0 ? root.record.registryNumber
                                                                               : qsTr("Not yet received")
                }
                Caption { text: qsTr("Registered on") }
                Value { objectName: "recordTime"; text: root.record ? root.record.time : "" }

                Caption { visible: root.record && root.record.detailsShown; text: qsTr("Name in Khmer") }
                Value { visible: root.record && root.record.detailsShown; text: root.record ? root.record.nameKm : "" }
                Caption { visible: root.record && root.record.detailsShown; text: qsTr("Name in Latin letters") }
                Value { visible: root.record && root.record.detailsShown; text: root.record ? root.record.nameEn : "" }
                Caption { visible: root.record && root.record.detailsShown; text: qsTr("Sex") }
                Value { visible: root.record && root.record.detailsShown; text: root.record ? root.record.sex : "" }
                Caption { visible: root.record && root.record.detailsShown; text: qsTr("Date of birth") }
                Value { visible: root.record && root.record.detailsShown; text: root.record ? root.record.dob : "" }
                Caption { visible: root.record && root.record.detailsShown; text: qsTr("Identity document") }
                Value {
                    visible: root.record && root.record.detailsShown
                    text: root.record ? [root.record.idType, root.record.idNumber].filter(t => t.length > 0).join("  ") : ""
                }
                Caption { visible: root.record && root.record.detailsShown; text: qsTr("Phone") }
                Value { visible: root.record && root.record.detailsShown; text: root.record ? root.record.phone : "" }
                Caption { visible: root.record && root.record.detailsShown; text: qsTr("Address") }
                Value { objectName: "recordAddress"; visible: root.record && root.record.detailsShown; text: root.record ? root.record.address : "" }
                Caption { visible: root.record && root.record.detailsShown && root.record.occupation.length > 0; text: qsTr("Occupation") }
                Value { visible: root.record && root.record.detailsShown && root.record.occupation.length > 0; text: root.record ? root.record.occupation : "" }
                Caption { visible: root.record && root.record.detailsShown && root.record.businessName.length > 0; text: qsTr("Business name") }
                Value { visible: root.record && root.record.detailsShown && root.record.businessName.length > 0; text: root.record ? root.record.businessName : "" }
                // The answers against the ID card read for them: which fields
                // differed (never the card's values) and who confirmed them.
                Caption { visible: root.cardChecked; text: qsTr("ID card") }
                Value {
                    objectName: "recordCardCheck"
                    visible: root.cardChecked
                    text: !root.cardChecked ? ""
                          : root.record.cardDiffering.length === 0
                            ? qsTr("The answers matched the ID card.")
                            : qsTr("Differed from the ID card: %1").arg(root.record.cardDiffering.join(", "))
                }
                Caption { visible: root.cardConfirmed; text: qsTr("Confirmed by") }
                Value {
                    objectName: "recordCardConfirmedBy"
                    visible: root.cardConfirmed
                    text: root.cardConfirmed ? qsTr("Supervisor %1").arg(root.record.cardConfirmedBy) : ""
                }
                Value {
                    objectName: "recordDetailsNote"
                    visible: root.record && !root.record.detailsShown
                    text: root.record ? root.record.detailsNote : ""
                    color: Theme.mutedText
                    Layout.columnSpan: 2
                }
                Repeater {
                    model: root.record ? root.record.serverErrors : []
                    delegate: Value {
                        required property string modelData
                        text: modelData
                        color: Theme.error
                        Layout.columnSpan: 2
                    }
                }
            }
        }

        Label {
            objectName: "recordProblem"
            text: root.problem
            textFormat: Text.PlainText
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "recordPrint"
                visible: receipt.canPrint
                enabled: root.receiptReady
                text: qsTr("Print the receipt again")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: {
                    receiptMessage.text = qsTr("Printing…")
                    receipt.print()
                }
            }
            Button {
                objectName: "recordSavePdf"
                enabled: root.receiptReady
                text: qsTr("Save the receipt as PDF")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: {
                    receiptMessage.text = ""
                    receipt.saveAsPdf()
                }
            }
            Label {
                id: receiptMessage
                objectName: "recordReceiptMessage"
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.mutedText
                Layout.fillWidth: true
                Connections {
                    target: receipt
                    enabled: root.visible
                    // The file's name only: where the kiosk keeps receipts is no business of the screen.
                    function onPdfSaved(message, path) { receiptMessage.text = message }
                    function onPdfFailed(message) { receiptMessage.text = message }
                    function onPrinted() { receiptMessage.text = qsTr("Sent to the printer.") }
                    function onPrintFailed(message) { receiptMessage.text = message }
                }
            }
        }
    }
}
