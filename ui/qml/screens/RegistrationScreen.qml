import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// A new registration, step by step (who, identity, contact and address,
// work, consent), built from the form schema. Next checks the step's
// answers; the last step leads to the review. The tabs of the steps already
// reached open them; a step opened from the review leads back to it. Return
// presses the focused button; Cancel asks before the answers are deleted.
Page {
    id: root
    objectName: "registrationScreen"
    signal review()
    signal cancel()
    // What the form starts from: an offered draft (DraftOfferModel.take()),
    // or a rejected record reopened ({recordId, answers, errors}); neither:
    // a new, empty registration.
    property var draft
    property var correction
    // The registration: the screen's own, handed to the review; its answers
    // go when the screen goes (done, cancelled, signed out, locked).
    readonly property Registration registration: form
    Registration {
        id: form
        objectName: "registrationModel"
    }
    Component.onCompleted: {
        if (draft)
            form.resumeDraft(draft)
        else if (correction)
            form.openCorrection(correction.recordId, correction.answers, correction.errors)
        else
            form.start()
    }
    // Before any sign-out (the idle lock too), the answers are kept as a draft.
    Connections {
        target: Session
        function onSigningOut() { form.saveDraft() }
    }

    background: Rectangle { color: Theme.background }

    // Scanning to prefill: the screen's own, so what was scanned goes with it.
    Scanner {
        id: screenScanner
        onPrefillReady: (values) => root.registration.applyPrefill(values)
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
            // Return or Enter on a focused button presses it (a text field
            // lets its Return through: it moves to the next field instead).
            Keys.onReturnPressed: (event) => root.pressFocused(event)
            Keys.onEnterPressed: (event) => root.pressFocused(event)

            // The steps, each one a tab the teller can go back to.
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                spacing: Theme.spacing / 2
                Repeater {
                    model: root.registration.steps
                    delegate: Button {
                        required property var modelData
                        required property int index
                        objectName: "step_" + modelData.id
                        text: (index + 1) + ". " + modelData.title
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.minimumTouchTarget
                        enabled: index <= root.registration.visitedStep
                        onClicked: root.registration.goToStep(index)
                        background: Rectangle {
                            radius: Theme.radius
                            color: index === root.registration.currentStep ? Theme.primary : Theme.surface
                            border.color: Theme.border
                        }
                        contentItem: Label {
                            text: parent.text
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            color: index === root.registration.currentStep ? Theme.textOnPrimary : Theme.text
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
                model: root.registration
                Connections {
                    target: root.registration
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
                    onEdited: (v) => root.registration.setValue(fieldId, v)
                    onTyping: (t) => root.registration.checkTyped(fieldId, t)
                    onConfirmed: root.registration.confirmPrefill(fieldId)
                    onPickVillage: {
                        AddressPicker.reset()
                        inner.push(pickerPage, { fieldId: fieldId })
                    }
                }
            }

            Label {
                text: root.registration.problem
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
            }
            Label {
                objectName: "draftSavedAt"
                readonly property string when: LocalFormat.formatDateTime(root.registration.draftSavedAt, Language.code)
                visible: when.length > 0
                text: qsTr("Answers kept as a draft on %1").arg(when)
                color: Theme.mutedText
                font.pixelSize: Theme.fontSizeSmall
                Layout.leftMargin: Theme.margin
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                spacing: Theme.spacing
                Button {
                    objectName: "cancelRegistration"
                    text: qsTr("Cancel")
                    activeFocusOnTab: false // Tab from the last field goes to Next, never here
                    focusPolicy: Qt.ClickFocus
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: discardDialog.open()
                }
                Button {
                    objectName: "scanButton"
                    text: qsTr("Scan")
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: inner.push(scanPage)
                }
                Label {
                    objectName: "pendingPrefills"
                    visible: root.registration.pendingPrefills > 0
                    text: qsTr("%n scanned answer(s) to check", "", root.registration.pendingPrefills)
                    color: Theme.warning
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "backButton"
                    text: qsTr("Back")
                    enabled: root.registration.currentStep > 0
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: root.registration.back()
                }
                Button {
                    objectName: "backToReview"
                    visible: root.registration.returnToReview
                    text: qsTr("Back to the review")
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: if (root.registration.backToReview()) root.review()
                }
                Button {
                    objectName: "nextButton"
                    text: root.registration.lastStep ? qsTr("Review") : qsTr("Next")
                    font.bold: true
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: Theme.touchTarget * 3
                    onClicked: {
                        const wasLast = root.registration.lastStep
                        if (root.registration.next() && wasLast)
                            root.review()
                    }
                }
            }
        }
    }

    // Return or Enter on a focused button of the form presses it.
    function pressFocused(event) {
        const item = Window.activeFocusItem
        if (!item || !("checkable" in item) || !("autoRepeat" in item) || !item.enabled) {
            event.accepted = false
            return
        }
        if ("checkState" in item) { // a check box: Space's toggle
            item.toggle()
            item.toggled()
        }
        item.clicked()
        event.accepted = true
    }

    Dialog {
        id: discardDialog
        objectName: "discardDialog"
        modal: true
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, 640)
        title: qsTr("Stop this registration?")
        contentItem: Label {
            text: qsTr("The answers given so far will be deleted from this kiosk.")
            wrapMode: Text.Wrap
        }
        footer: RowLayout {
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                objectName: "confirmDiscard"
                text: qsTr("Delete the answers")
                Layout.preferredHeight: Theme.touchTarget
                Layout.margins: Theme.spacing
                onClicked: { discardDialog.close(); root.cancel() }
            }
            Button {
                objectName: "keepFilling"
                text: qsTr("Go on filling in")
                font.bold: true
                Layout.preferredHeight: Theme.touchTarget
                Layout.margins: Theme.spacing
                onClicked: discardDialog.close()
            }
        }
    }

    Component {
        id: scanPage
        ScanPanel {
            scanner: screenScanner
            answers: root.registration.answersMap
            onClose: inner.pop()
            onCardProposed: (proposals) => root.registration.applyCardReading(proposals)
        }
    }

    Component {
        id: pickerPage
        AddressPickerView {
            property string fieldId
            onChosen: (code) => { root.registration.setValue(fieldId, code); inner.pop() }
            onCancelled: inner.pop()
        }
    }
}
