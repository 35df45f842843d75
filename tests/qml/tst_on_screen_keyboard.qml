import QtQuick
import QtQuick.Controls.Basic
import QtTest
import CamIE

// The kiosk's on-screen keyboard, typed on with the mouse key by key: Khmer
// names with subscripts and composite vowels, the four NiDA levels, the
// layout each field asks for, editing keys, and when it shows.
Item {
    id: root
    width: 1280
    height: 600

    Component {
        id: formComponent
        Item {
            anchors.fill: parent
            property alias keyboard: panel
            property alias khmerField: khmerField
            property alias latinField: latinField
            property alias numberField: numberField
            property alias plainField: plainField
            Column {
                spacing: Theme.spacing
                TextField { id: khmerField; width: 500; OnScreenKeyboard.layout: OnScreenKeyboard.Khmer }
                TextField { id: latinField; width: 500; OnScreenKeyboard.layout: OnScreenKeyboard.Latin }
                TextField { id: numberField; width: 500; inputMethodHints: Qt.ImhDigitsOnly }
                TextField { id: plainField; width: 500 }
            }
            KeyboardPanel {
                id: panel
                anchors.bottom: parent.bottom
                width: parent.width
                height: implicitHeight
            }
        }
    }

    Component {
        id: signInComponent
        Item {
            anchors.fill: parent
            property alias screen: screen
            property alias keyboard: panel
            SignInScreen { id: screen; width: parent.width; height: parent.height - panel.height }
            KeyboardPanel {
                id: panel
                anchors.bottom: parent.bottom
                width: parent.width
                height: implicitHeight
            }
        }
    }

    Component {
        id: registrationComponent
        Item {
            anchors.fill: parent
            property alias screen: screen
            property alias keyboard: panel
            RegistrationScreen {
                id: screen
                anchors { left: parent.left; right: parent.right; top: parent.top }
                anchors.bottom: panel.visible ? panel.top : parent.bottom
            }
            KeyboardPanel {
                id: panel
                anchors.bottom: parent.bottom
                width: parent.width
                height: implicitHeight
            }
        }
    }

    SignalSpy { id: signInSpy; signalName: "signInRequested" }
    SignalSpy { id: acceptedSpy; signalName: "accepted" }

    TestCase {
        name: "OnScreenKeyboard"
        when: windowShown

        function init() {
            Language.setCode("en")
            signInSpy.clear()
            acceptedSpy.clear()
        }

        function makeForm() {
            var form = createTemporaryObject(formComponent, root)
            verify(form)
            waitForRendering(form)
            return form
        }

        // Clicks the key with this id (an xkb key name, or shift, space, ...).
        function press(keyboard, id) {
            waitForRendering(keyboard) // keys are laid out (they change with Shift and the layout)
            var key = findChild(keyboard, "key_" + id)
            verify(key, "no key " + id)
            verify(key.visible && key.enabled, "key " + id + " cannot be pressed")
            mouseClick(key)
        }

        function pressAll(keyboard, ids) {
            for (var id of ids)
                press(keyboard, id)
        }

        function codePoints(text) {
            var points = []
            for (var c of text)
                points.push(c.codePointAt(0))
            return points
        }

        function test_it_opens_only_while_a_text_field_has_focus() {
            var form = makeForm()
            verify(!form.keyboard.open)
            verify(!form.keyboard.visible)
            form.khmerField.forceActiveFocus()
            tryVerify(function() { return form.keyboard.open && form.keyboard.visible })
            compare(form.keyboard.target, form.khmerField)
            compare(form.keyboard.layout, OnScreenKeyboard.Khmer)
        }

        function test_a_khmer_name_with_a_subscript_and_a_composite_vowel_is_typed_key_by_key() {
            var form = makeForm()
            mouseClick(form.khmerField)
            verify(form.keyboard.open)
            // ស ្ រ ី ម ុំ: COENG on J, ី with Shift, ុំ on its own composite key
            pressAll(form.keyboard, ["AC02", "AC07", "AD04", "shift", "AD08", "AB07", "AB08"])
            compare(form.khmerField.text, "ស្រីមុំ")
            compare(codePoints(form.khmerField.text),
                    [0x179F, 0x17D2, 0x179A, 0x17B8, 0x1798, 0x17BB, 0x17C6])
            compare(form.khmerField.text.normalize("NFC"), form.khmerField.text)
            verify(form.khmerField.activeFocus, "the field keeps the focus")
        }

        function test_khmer_is_typed_in_spelling_order() {
            var form = makeForm()
            mouseClick(form.khmerField)
            // ខ ្ ម ែ រ: the vowel ែ is typed after the cluster it is drawn before
            pressAll(form.keyboard, ["AB02", "AC07", "AB07", "shift", "AD03", "AD04"])
            compare(form.khmerField.text, "ខ្មែរ")
            compare(codePoints(form.khmerField.text), [0x1781, 0x17D2, 0x1798, 0x17C2, 0x179A])
            compare(form.khmerField.text.normalize("NFC"), form.khmerField.text)
        }

        function test_space_between_family_and_given_name_is_a_real_space() {
            var form = makeForm()
            mouseClick(form.khmerField)
            pressAll(form.keyboard, ["AC02", "AD07", "AB02", "space", "AB02", "AC07", "AB07", "shift", "AD03", "AD04"])
            compare(form.khmerField.text, "សុខ ខ្មែរ")
            verify(form.khmerField.text.indexOf("\u200B") < 0, "no zero-width space")
        }

        function test_each_composite_vowel_key_types_its_two_characters() {
            var form = makeForm()
            mouseClick(form.khmerField)
            var cases = [[["shift", "AC01"], "ាំ"], [["shift", "AC10"], "ោះ"], [["shift", "AB04"], "េះ"],
                         [["AB08"], "ុំ"], [["shift", "AB08"], "ុះ"]]
            for (var c of cases) {
                form.khmerField.clear()
                pressAll(form.keyboard, c[0])
                compare(form.khmerField.text, c[1], c[0].join("+"))
                for (var p of codePoints(form.khmerField.text))
                    verify(p < 0x17FB || p > 0x17FF, "an unassigned code point reached the field")
            }
        }

        function test_altgr_and_altgr_shift_reach_the_third_and_fourth_levels_for_one_character() {
            var form = makeForm()
            mouseClick(form.khmerField)
            press(form.keyboard, "altgr")
            verify(form.keyboard.altGr)
            verify(!findChild(form.keyboard, "key_AD06").enabled, "Y has nothing on AltGr")
            press(form.keyboard, "AD01")
            verify(!form.keyboard.altGr, "AltGr holds for one character")
            pressAll(form.keyboard, ["altgr", "shift", "AD01", "AD01"])
            compare(codePoints(form.khmerField.text), [0x17DC, 0x19E0, 0x1786])
        }

        function test_keycaps_show_signs_on_a_dotted_circle_and_the_shift_symbol_in_the_corner() {
            var form = makeForm()
            mouseClick(form.khmerField)
            var coeng = findChild(form.keyboard, "key_AC07")
            compare(coeng.text, "◌្")
            compare(coeng.cap.hint, "ញ")
            compare(coeng.font.family, Theme.fontFamily)
            press(form.keyboard, "shift")
            compare(findChild(form.keyboard, "key_AC07").text, "ញ")
        }

        function test_backspace_and_the_cursor_keys_edit_at_the_cursor() {
            var form = makeForm()
            mouseClick(form.khmerField)
            pressAll(form.keyboard, ["AB02", "AB07", "AB08"])
            compare(form.khmerField.text, "ខមុំ")
            press(form.keyboard, "backspace")
            compare(form.khmerField.text, "ខមុ", "one character at a time")
            press(form.keyboard, "backspace")
            pressAll(form.keyboard, ["left", "AC07"])
            compare(form.khmerField.text, "ខ្ម")
            pressAll(form.keyboard, ["right", "shift", "AD03", "AD04"])
            compare(form.khmerField.text, "ខ្មែរ")
        }

        function test_the_keyboard_opens_with_the_layout_the_field_asks_for() {
            var form = makeForm()
            mouseClick(form.latinField)
            compare(form.keyboard.layout, OnScreenKeyboard.Latin)
            pressAll(form.keyboard, ["shift", "AC02", "AD09", "AC08"])
            compare(form.latinField.text, "Sok")
            mouseClick(form.numberField)
            compare(form.keyboard.layout, OnScreenKeyboard.Digits)
            pressAll(form.keyboard, ["P3", "P1", "PPERIOD", "P1", "P2"])
            compare(form.numberField.text, "31.12")
            // A field that asks nothing gets the screen's language.
            mouseClick(form.plainField)
            compare(form.keyboard.layout, OnScreenKeyboard.Latin)
            mouseClick(form.khmerField)
            Language.setCode("km")
            mouseClick(form.plainField)
            compare(form.keyboard.layout, OnScreenKeyboard.Khmer)
        }

        function test_the_teller_can_switch_the_layout() {
            var form = makeForm()
            mouseClick(form.khmerField)
            press(form.keyboard, "digits")
            compare(form.keyboard.layout, OnScreenKeyboard.Digits)
            verify(findChild(form.keyboard, "key_digits").cap.active)
            press(form.keyboard, "P5")
            press(form.keyboard, "latin")
            press(form.keyboard, "AD01")
            press(form.keyboard, "khmer")
            press(form.keyboard, "AD01")
            compare(form.khmerField.text, "5qឆ")
        }

        function test_enter_accepts_the_field_and_moves_to_the_next_one() {
            var form = makeForm()
            acceptedSpy.target = form.khmerField
            mouseClick(form.khmerField)
            press(form.keyboard, "enter")
            compare(acceptedSpy.count, 1)
            verify(form.latinField.activeFocus)
            compare(form.keyboard.layout, OnScreenKeyboard.Latin)
            mouseClick(form.plainField)
            press(form.keyboard, "enter")
            verify(!form.plainField.activeFocus, "the last field lets go")
            verify(!form.keyboard.open)
        }

        function test_a_key_pressed_on_a_physical_keyboard_closes_it_in_auto_mode() {
            var form = makeForm()
            compare(form.keyboard.mode, OnScreenKeyboard.Auto)
            mouseClick(form.latinField)
            verify(form.keyboard.open)
            keyClick(Qt.Key_A)
            compare(form.latinField.text, "a")
            verify(form.keyboard.physicalKeyboardUsed)
            verify(!form.keyboard.open)
            mouseClick(form.khmerField)
            verify(!form.keyboard.open, "it stays away")
        }

        function test_always_and_never() {
            var form = makeForm()
            form.keyboard.mode = OnScreenKeyboard.Always
            mouseClick(form.latinField)
            keyClick(Qt.Key_A)
            verify(form.keyboard.open)
            form.keyboard.mode = OnScreenKeyboard.Never
            verify(!form.keyboard.open)
            verify(!form.keyboard.visible)
        }

        function test_hidden_by_the_teller_it_comes_back_with_a_tap_on_the_field() {
            var form = makeForm()
            mouseClick(form.khmerField)
            press(form.keyboard, "hide")
            verify(!form.keyboard.open)
            verify(form.khmerField.activeFocus)
            mouseClick(form.khmerField)
            verify(form.keyboard.open)
        }

        function test_every_key_is_a_large_touch_target() {
            var form = makeForm()
            mouseClick(form.khmerField)
            for (var layout of ["khmer", "latin", "digits"]) {
                press(form.keyboard, layout)
                for (var row of form.keyboard.rows) {
                    for (var cap of row) {
                        var key = findChild(form.keyboard, "key_" + cap.id)
                        verify(key.width >= Theme.minimumTouchTarget, layout + " " + cap.id)
                        verify(key.height >= Theme.minimumTouchTarget, layout + " " + cap.id)
                    }
                }
            }
        }

        function test_function_keys_are_named_in_the_screens_language() {
            var form = makeForm()
            mouseClick(form.khmerField)
            compare(findChild(form.keyboard, "key_space").text, "Space")
            Language.setCode("km")
            tryVerify(function() { return findChild(form.keyboard, "key_space").text !== "Space" })
            verify(findChild(form.keyboard, "key_enter").text !== "Enter")
        }

        function test_the_registration_form_takes_both_names_from_the_keyboard() {
            var page = createTemporaryObject(registrationComponent, root)
            verify(page)
            var registration = page.screen.registration // the screen's own
            tryCompare(registration, "ready", true, 10000)
            registration.start()
            registration.setValue("category", "seasonal_worker")
            verify(registration.next())
            waitForRendering(page)
            var khmerName = findChild(page.screen, "input_name_km")
            mouseClick(khmerName)
            compare(page.keyboard.layout, OnScreenKeyboard.Khmer)
            // ខ្មែរ ស្រីមុំ, then Enter: on to the Latin name, in Latin
            pressAll(page.keyboard, ["AB02", "AC07", "AB07", "shift", "AD03", "AD04", "space",
                                     "AC02", "AC07", "AD04", "shift", "AD08", "AB07", "AB08", "enter"])
            compare(registration.answersMap.name_km, "ខ្មែរ ស្រីមុំ")
            var latinName = findChild(page.screen, "input_name_en")
            verify(latinName.activeFocus)
            compare(page.keyboard.layout, OnScreenKeyboard.Latin)
            pressAll(page.keyboard, ["shift", "AB06", "AC09", "AC06", "AD09", "AD04", "enter"])
            compare(registration.answersMap.name_en, "Nlhor")
            compare(page.keyboard.layout, OnScreenKeyboard.Digits, "the date of birth")
        }

        function test_sign_in_takes_the_operator_id_in_latin_and_the_pin_on_the_number_pad() {
            var page = createTemporaryObject(signInComponent, root)
            verify(page)
            signInSpy.target = page.screen
            waitForRendering(page)
            var operatorField = findChild(page.screen, "operatorField")
            mouseClick(operatorField)
            compare(page.keyboard.layout, OnScreenKeyboard.Latin)
            pressAll(page.keyboard, ["AD05", "AD03", "AC09", "AC09", "AD03", "AD04", "AE01"])
            compare(operatorField.text, "teller1")
            press(page.keyboard, "enter")
            compare(page.keyboard.layout, OnScreenKeyboard.Digits)
            pressAll(page.keyboard, ["P7", "P3", "P0", "P2", "P8", "P4", "enter"])
            compare(signInSpy.count, 1)
            compare(signInSpy.signalArguments[0][0], "teller1")
            compare(signInSpy.signalArguments[0][1], "730284")
        }
    }
}
