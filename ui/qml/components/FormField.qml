import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// One answer of the registration form, drawn for its type (from the form
// schema): text, names, dates, phone and ID numbers, choices, village,
// whole numbers, yes/no and consent. A value proposed by a scan is marked
// until the teller confirms it. While the teller types, the field says when
// the keyboard types the other script than it wants, and a date is read back
// in words in the screen's language.
ColumnLayout {
    id: root
    required property string fieldId
    required property string type
    required property string label
    required property string help
    required property bool mandatory
    required property var value
    required property string error
    required property var options
    required property bool prefilled
    required property string statement
    required property string prefillNote // a proposal to look at twice, in words

    readonly property bool isDate: type === "birth_date" || type === "date"
    // The answer as the text field shows it (a stored date as the card prints it).
    readonly property string shownText: value === undefined || value === null ? ""
                                        : isDate ? LocalFormat.dateEntry(value) : String(value)
    property string typed: shownText // what the text field holds now
    // Re-read when the language changes (the sentence is translated in C++).
    readonly property string scriptHint: Language.code.length > 0 ? TypingHelp.scriptHint(type, typed) : ""

    signal edited(var value)
    signal typing(string text) // while the teller types, before the field is left
    signal confirmed()
    signal pickVillage()

    spacing: Theme.spacing / 4
    objectName: "field_" + fieldId

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: root.label + (root.mandatory ? " *" : "")
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.prefilled
            text: qsTr("From the scan: check with the person")
            color: Theme.warning
            font.pixelSize: Theme.fontSizeSmall
        }
        Label {
            objectName: "note_" + root.fieldId
            visible: root.prefilled && root.prefillNote.length > 0
            text: root.prefillNote
            color: Theme.error
            font.bold: true
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.Wrap
            Layout.maximumWidth: root.width * 0.35
        }
        Button {
            objectName: "confirm_" + root.fieldId
            visible: root.prefilled
            text: qsTr("Correct")
            Layout.minimumHeight: Theme.minimumTouchTarget
            onClicked: root.confirmed()
        }
    }

    Loader {
        id: editor
        Layout.fillWidth: true
        sourceComponent: {
            switch (root.type) {
            case "choice": return root.options.length <= 4 ? radioChoice : comboChoice
            case "village": return villageField
            case "consent": return consentField
            case "boolean": return booleanField
            default: return textField
            }
        }
    }

    Label {
        objectName: "dateInWords_" + root.fieldId
        visible: root.isDate && text.length > 0
        text: root.isDate ? LocalFormat.formatDate(root.typed, Language.code) : ""
        color: Theme.text
        font.pixelSize: Theme.fontSizeSmall
    }
    Label {
        objectName: "scriptHint_" + root.fieldId
        text: root.scriptHint
        visible: text.length > 0 && text !== root.error
        color: Theme.warning
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: root.help
        visible: text.length > 0 && root.error.length === 0
        color: Theme.mutedText
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "error_" + root.fieldId
        text: root.error
        visible: text.length > 0
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Component {
        id: textField
        TextField {
            objectName: "input_" + root.fieldId
            text: root.shownText
            implicitHeight: Theme.touchTarget
            placeholderText: root.isDate
                             ? qsTr("Day.month.year as on the card, e.g. 31.01.1990")
                             : root.type === "phone" ? qsTr("e.g. 012 345 678") : ""
            // Numbers get the number pad through their inputMethodHints.
            OnScreenKeyboard.layout: root.type === "khmer_name" ? OnScreenKeyboard.Khmer
                                   : root.type === "latin_name" || root.type === "id_number" ? OnScreenKeyboard.Latin
                                   : OnScreenKeyboard.Automatic
            inputMethodHints: (root.type === "phone" || root.type === "integer" || root.type === "birth_date" || root.type === "date")
                              ? Qt.ImhPreferNumbers : Qt.ImhNone
            background: Rectangle {
                border.color: root.error.length > 0 ? Theme.error : root.prefilled ? Theme.warning : Theme.border
                border.width: root.error.length > 0 || root.prefilled ? 2 : 1
                color: root.prefilled ? Theme.warningBackground : Theme.surface
                radius: 4
            }
            onTextChanged: {
                root.typed = text
                if (activeFocus)
                    root.typing(text)
            }
            onEditingFinished: if (text !== root.shownText) root.edited(text)
        }
    }
    Component {
        id: radioChoice
        Flow {
            spacing: Theme.spacing / 2
            Repeater {
                model: root.options
                delegate: Button {
                    required property var modelData
                    objectName: "option_" + root.fieldId + "_" + modelData.value
                    text: modelData.label
                    checkable: true
                    checked: root.value === modelData.value
                    height: Theme.touchTarget
                    onClicked: root.edited(modelData.value)
                    background: Rectangle {
                        radius: Theme.radius
                        color: parent.checked ? Theme.primary : Theme.surface
                        border.color: root.prefilled ? Theme.warning : Theme.border
                        border.width: root.prefilled ? 2 : 1
                    }
                    contentItem: Label {
                        text: parent.text
                        color: parent.checked ? Theme.textOnPrimary : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }
    Component {
        id: comboChoice
        ComboBox {
            objectName: "input_" + root.fieldId
            implicitHeight: Theme.touchTarget
            model: root.options
            textRole: "label"
            valueRole: "value"
            currentIndex: {
                for (var i = 0; i < root.options.length; ++i)
                    if (root.options[i].value === root.value) return i
                return -1
            }
            displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
            onActivated: root.edited(currentValue)
        }
    }
    Component {
        id: villageField
        RowLayout {
            Label {
                objectName: "village_" + root.fieldId
                text: root.value ? AddressPicker.describe(root.value) : qsTr("No village chosen yet")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                color: root.value ? Theme.text : Theme.mutedText
            }
            Button {
                objectName: "pick_" + root.fieldId
                text: root.value ? qsTr("Change") : qsTr("Choose village")
                Layout.minimumHeight: Theme.touchTarget
                onClicked: root.pickVillage()
            }
        }
    }
    Component {
        id: consentField
        ColumnLayout {
            Label {
                objectName: "statement_" + root.fieldId
                text: root.statement
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                padding: Theme.spacing
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
            }
            CheckBox {
                objectName: "input_" + root.fieldId
                text: qsTr("I read this to the person, and they agree.")
                checked: root.value === true
                implicitHeight: Theme.touchTarget
                onToggled: root.edited(checked)
            }
        }
    }
    Component {
        id: booleanField
        RowLayout {
            Button { text: qsTr("Yes"); checkable: true; checked: root.value === true; onClicked: root.edited(true); Layout.minimumHeight: Theme.touchTarget }
            Button { text: qsTr("No"); checkable: true; checked: root.value === false; onClicked: root.edited(false); Layout.minimumHeight: Theme.touchTarget }
        }
    }
}
