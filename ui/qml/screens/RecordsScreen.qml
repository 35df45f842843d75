import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The kiosk's records, newest first: the person's name in both scripts
// (while the kiosk holds it), time, village, status. Search by part of a
// name, phone or ID number, a receipt code or a registry number. A row opens
// the record, read-only, to print or save its receipt again. A rejected
// record shows the registry's field errors; a supervisor reopens it.
Page {
    id: root
    objectName: "recordsScreen"
    signal back()
    // A supervisor reopened a rejected record: {recordId, answers, errors} to correct.
    signal correct(var correction)
    background: Rectangle { color: Theme.background }

    // The screen's own model: the names it holds go when the screen goes.
    RecordsModel {
        id: records
        onCorrectionReady: (recordId, answers, errors) => root.correct({ recordId: recordId, answers: answers, errors: errors })
    }
    Component.onCompleted: records.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        visible: !records.recordOpen

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "recordsBack"
                text: qsTr("Back")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: root.back()
            }
            TextField {
                objectName: "recordsSearch"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Name, phone, ID number, receipt code or registry number")
                text: records.query
                onTextChanged: records.query = text // search as the teller types
            }
        }
        Label {
            objectName: "recordsProblem"
            text: records.problem
            textFormat: Text.PlainText
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            objectName: "recordsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: records.records
            delegate: Rectangle {
                id: rowItem
                required property var modelData
                required property int index
                objectName: "recordRow_" + index
                width: ListView.view.width
                implicitHeight: Math.max(Theme.minimumTouchTarget, column.implicitHeight + Theme.spacing)
                radius: Theme.radius
                color: rowArea.pressed ? Theme.background : Theme.surface
                border.color: modelData.needsCorrection ? Theme.error : Theme.border

                // The whole row opens the record; the button below stays its own.
                MouseArea {
                    id: rowArea
                    anchors.fill: parent
                    onClicked: records.open(rowItem.modelData.id)
                }
                ColumnLayout {
                    id: column
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing / 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            objectName: "recordName"
                            text: rowItem.modelData.detailsShown
                                  ? [rowItem.modelData.nameKm, rowItem.modelData.nameEn].filter(n => n.length > 0).join("  ·  ")
                                  : rowItem.modelData.detailsNote
                            textFormat: Text.PlainText
                            font.bold: rowItem.modelData.detailsShown
                            color: rowItem.modelData.detailsShown ? Theme.text : Theme.mutedText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "recordStatus"
                            text: rowItem.modelData.statusWords
                            font.bold: true
                            color: rowItem.modelData.needsCorrection ? Theme.error : Theme.primary
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: [rowItem.modelData.time, rowItem.modelData.village].filter(t => t.length > 0).join("  ·  ")
                            textFormat: Text.PlainText
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSizeSmall
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: rowItem.modelData.registryNumber.length > 0 ? rowItem.modelData.registryNumber
                                                                              : rowItem.modelData.receiptCode
                            textFormat: Text.PlainText // words from the registry or the network: never markup
                            font.family: "monospace"
                            font.pixelSize: Theme.fontSizeSmall
                        }
                    }
                    Button {
                        objectName: "correct_" + rowItem.modelData.id
                        visible: rowItem.modelData.needsCorrection && Session.isSupervisor
                        text: qsTr("Reopen and correct")
                        Layout.minimumHeight: Theme.touchTarget
                        onClicked: records.reopen(rowItem.modelData.id)
                    }
                    Repeater {
                        model: rowItem.modelData.serverErrors
                        delegate: Label {
                            required property string modelData
                            text: modelData
                            textFormat: Text.PlainText // words from the registry or the network: never markup
                            color: Theme.error
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        Label {
            objectName: "recordsEmpty"
            visible: records.records.length === 0 && !records.searching && records.problem.length === 0
            text: qsTr("No records found.")
            color: Theme.mutedText
        }
    }

    RecordView {
        objectName: "recordView"
        anchors.fill: parent
        anchors.margins: Theme.margin
        visible: records.recordOpen
        record: records.opened
        problem: records.openProblem
        onBack: records.closeRecord()
    }
    Label {
        objectName: "recordOpenProblem"
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        text: records.openProblem
        textFormat: Text.PlainText
        visible: text.length > 0 && !records.recordOpen
        color: Theme.error
        wrapMode: Text.Wrap
    }
}
