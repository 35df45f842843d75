import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// A new registration, step by step (who, identity, contact and address,
// work, consent), built from the form schema. Next checks the step's
// answers; the last step leads to the review.
Page {
    id: root
    objectName: "registrationScreen"
    signal review()
    signal cancel()

    background: Rectangle { color: Theme.background }

    Connections {
        target: Scanner
        function onPrefillReady(values) { Registration.applyPrefill(values) }
    }

    StackView {
        id: inner
        objectName: "formStack"
        anchors.fill: parent
        initialItem: formPage
    }

    Component {
        id: formPage
        ColumnLayout {
            spacing: Theme.spacing

            // The steps, each one a tab the teller can go back to.
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                spacing: Theme.spacing / 2
                Repeater {
                    model: Registration.steps
                    delegate: Button {
                        required property var modelData
                        required property int index
                        objectName: "step_" + modelData.id
                        text: (index + 1) + ". " + modelData.title
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.minimumTouchTarget
                        enabled: index <= Registration.currentStep
                        onClicked: Registration.goToStep(index)
                        background: Rectangle {
                            radius: Theme.radius
                            color: index === Registration.currentStep ? Theme.primary : Theme.surface
                            border.color: Theme.border
                        }
                        contentItem: Label {
                            text: parent.text
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            color: index === Registration.currentStep ? Theme.textOnPrimary : Theme.text
                        }
                    }
                }
            }

            ListView {
                id: fields
                objectName: "fieldList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                clip: true
                spacing: Theme.spacing
                model: Registration
                Connections {
                    target: Registration
                    function onInvalidRow(row) { fields.positionViewAtIndex(row, ListView.Beginning) }
                }
                // The field being typed in stays in sight, above the on-screen keyboard too.
                Connections {
                    target: fields.Window.window
                    function onActiveFocusItemChanged() { fields.reveal() }
                }
                onHeightChanged: reveal()
                function reveal() {
                    const item = Window.activeFocusItem
                    let inside = item
                    while (inside && inside !== fields.contentItem)
                        inside = inside.parent
                    if (!inside)
                        return
                    const top = item.mapToItem(fields.contentItem, 0, 0).y
                    if (top < fields.contentY)
                        fields.contentY = top - Theme.spacing
                    else if (top + item.height > fields.contentY + fields.height)
                        fields.contentY = top + item.height - fields.height + Theme.spacing
                }
                // FormField's required properties come from the model's roles.
                delegate: FormField {
                    width: fields.width
                    onEdited: (v) => Registration.setValue(fieldId, v)
                    onConfirmed: Registration.confirmPrefill(fieldId)
                    onPickVillage: {
                        AddressPicker.reset()
                        inner.push(pickerPage, { fieldId: fieldId })
                    }
                }
            }

            Label {
                text: Registration.problem
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                spacing: Theme.spacing
                Button {
                    objectName: "cancelRegistration"
                    text: qsTr("Cancel")
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: root.cancel()
                }
                Button {
                    objectName: "scanButton"
                    text: qsTr("Scan")
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: inner.push(scanPage)
                }
                Label {
                    objectName: "pendingPrefills"
                    visible: Registration.pendingPrefills > 0
                    text: qsTr("%n scanned answer(s) to check", "", Registration.pendingPrefills)
                    color: Theme.warning
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "backButton"
                    text: qsTr("Back")
                    enabled: Registration.currentStep > 0
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: Registration.back()
                }
                Button {
                    objectName: "nextButton"
                    text: Registration.lastStep ? qsTr("Review") : qsTr("Next")
                    font.bold: true
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: Theme.touchTarget * 3
                    onClicked: {
                        const wasLast = Registration.lastStep
                        if (Registration.next() && wasLast)
                            root.review()
                    }
                }
            }
        }
    }

    Component {
        id: scanPage
        ScanPanel {
            answers: Registration.answersMap
            onClose: inner.pop()
        }
    }

    Component {
        id: pickerPage
        AddressPickerView {
            property string fieldId
            onChosen: (code) => { Registration.setValue(fieldId, code); inner.pop() }
            onCancelled: inner.pop()
        }
    }
}
