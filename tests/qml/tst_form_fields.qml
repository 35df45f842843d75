import QtQuick
import QtTest
import CamIE

// The registration form as the teller meets it: each field type drawn from
// the default form schema, inline validation messages, conditional fields,
// and answers proposed by a scan marked until confirmed.
Item {
    id: root
    width: 1024
    height: 1400

    Component {
        id: screenComponent
        RegistrationScreen { anchors.fill: parent }
    }

    TestCase {
        name: "FormFields"
        when: windowShown

        // Each test has a registration screen of its own, and so a
        // registration of its own (the screen's).
        property var shown: null
        property Registration registration: null

        function init() {
            Language.setCode("en")
            shown = createTemporaryObject(screenComponent, root)
            verify(shown)
            registration = shown.registration
            tryCompare(registration, "ready", true, 10000)
            registration.start()
        }

        function makeScreen() {
            waitForRendering(shown)
            return shown
        }

        function test_the_first_step_asks_who_is_registering_with_a_choice() {
            var screen = makeScreen()
            compare(registration.steps.length, 5)
            verify(findChild(screen, "option_category_microenterprise_owner"))
            verify(findChild(screen, "option_category_self_employed"))
        }

        function test_next_is_refused_until_the_step_is_answered_and_says_why() {
            var screen = makeScreen()
            verify(!registration.next())
            compare(registration.currentStep, 0)
            tryVerify(function() { return findChild(screen, "error_category").text.length > 0 })
            mouseClick(findChild(screen, "option_category_seasonal_worker"))
            verify(registration.next())
            compare(registration.currentStep, 1)
        }

        function test_a_wrong_national_id_number_gets_an_inline_message_in_the_language() {
            registration.setValue("category", "seasonal_worker")
            registration.next()
            var screen = makeScreen()
            registration.setValue("id_type", "national_id")
            registration.setValue("id_number", "12345")
            tryVerify(function() {
                var e = findChild(screen, "error_id_number")
                return e && e.text.indexOf("9 digits") >= 0
            })
            Language.setCode("km")
            tryVerify(function() {
                var e = findChild(screen, "error_id_number")
                return e && e.text.length > 0 && e.text.indexOf("9 digits") < 0
            })
            Language.setCode("en")
            registration.setValue("id_number", "123456789")
            tryVerify(function() { return findChild(screen, "error_id_number").text === "" })
        }

        function test_business_questions_appear_only_for_owners_and_the_self_employed() {
            var screen = makeScreen()
            registration.setValue("category", "seasonal_worker")
            registration.goToStep(3) // the work step
            waitForRendering(screen)
            verify(!findChild(screen, "field_business_name"))
            registration.goToStep(0)
            registration.setValue("category", "microenterprise_owner")
            registration.goToStep(3)
            waitForRendering(screen)
            tryVerify(function() { return findChild(screen, "field_business_name") !== null })
            verify(findChild(screen, "field_workers_count"))
            verify(findChild(screen, "field_turnover_band"))
        }

        function test_a_phone_number_is_checked_as_cambodian() {
            var screen = makeScreen()
            registration.goToStep(2) // contact and address
            registration.setValue("phone", "12345")
            tryVerify(function() {
                var e = findChild(screen, "error_phone")
                return e && e.text.indexOf("+855") >= 0
            })
            registration.setValue("phone", "012 345 678")
            tryVerify(function() { return findChild(screen, "error_phone").text === "" })
        }

        function test_a_birth_date_in_the_future_or_too_young_is_refused() {
            var screen = makeScreen()
            registration.goToStep(1) // identity
            registration.setValue("dob", "2099-01-01")
            tryVerify(function() {
                var e = findChild(screen, "error_dob")
                return e && e.text.indexOf("future") >= 0
            })
            registration.setValue("dob", "12-1990")
            tryVerify(function() { return findChild(screen, "error_dob").text.indexOf("day, month, year") >= 0 })
            registration.setValue("dob", "1990-12-31")
            tryVerify(function() { return findChild(screen, "error_dob").text === "" })
        }

        // What a teller's typing commits to a text field (a key, or a
        // composed Khmer syllable), then leaving the field with Tab.
        function typeInto(screen, fieldId, text) {
            var input = findChild(screen, "input_" + fieldId)
            verify(input, fieldId)
            input.forceActiveFocus()
            input.selectAll()
            input.remove(0, input.length)
            input.insert(0, text)
            keyClick(Qt.Key_Tab)
            return input
        }

        function reviewed(fieldId) {
            for (var row of registration.review)
                if (row.fieldId === fieldId) return row.value
            return undefined
        }

        function test_a_khmer_name_typed_with_the_khmer_space_key_keeps_its_space() {
            var screen = makeScreen()
            registration.setValue("category", "seasonal_worker")
            registration.goToStep(1) // identity
            waitForRendering(screen)
            // The NiDA layout's Space key types U+200B.
            typeInto(screen, "name_km", "\u200Bសុខ\u200Bចាន់ថា\u200B")
            tryCompare(findChild(screen, "error_name_km"), "text", "")
            compare(reviewed("name_km"), "សុខ ចាន់ថា")
            // A composite-vowel key sends an unassigned code point (U+17FC, ុំ).
            typeInto(screen, "name_km", "ស្រីម\u17FC")
            compare(reviewed("name_km"), "ស្រីមុំ")
        }

        function test_latin_letters_in_the_khmer_name_say_to_switch_the_keyboard() {
            var screen = makeScreen()
            registration.setValue("category", "seasonal_worker")
            registration.goToStep(1)
            waitForRendering(screen)
            var input = findChild(screen, "input_name_km")
            input.forceActiveFocus()
            keyClick("s"); keyClick("o"); keyClick("k")
            var hint = findChild(screen, "scriptHint_name_km")
            tryVerify(function() { return hint.visible })
            verify(hint.text.indexOf("typing Latin letters; press Alt+Shift for Khmer") >= 0, hint.text)
            keyClick(Qt.Key_Tab)
            // The field's own message says the same; it is not shown twice.
            tryVerify(function() { return findChild(screen, "error_name_km").text.indexOf("Alt+Shift") >= 0 })
            verify(!hint.visible)
            // Khmer letters in the Latin name, the other way round.
            typeInto(screen, "name_en", "សុខ")
            tryVerify(function() { return findChild(screen, "error_name_en").text.indexOf("typing Khmer letters") >= 0 })
            // Khmer typed in the Khmer name: nothing to say.
            typeInto(screen, "name_km", "សុខ")
            tryCompare(findChild(screen, "scriptHint_name_km"), "text", "")
        }

        function test_a_birth_date_typed_as_on_the_card_with_the_khmer_layout_is_read() {
            var screen = makeScreen()
            registration.setValue("category", "seasonal_worker")
            registration.goToStep(1)
            waitForRendering(screen)
            // 31-01-1990 on the Khmer layout: Khmer digits, and ឥ for '-'.
            typeInto(screen, "dob", "៣១ឥ០១ឥ១៩៩០")
            tryCompare(findChild(screen, "error_dob"), "text", "")
            compare(findChild(screen, "dateInWords_dob").text, "31 January 1990")
            compare(reviewed("dob"), "31 January 1990")
            Language.setCode("km")
            tryCompare(findChild(screen, "dateInWords_dob"), "text", "៣១ មករា ១៩៩០")
            compare(reviewed("dob"), "៣១ មករា ១៩៩០")
            Language.setCode("en")
            for (var typed of ["31.01.1990", "31/01/1990", "31 01 1990", "31-1-1990"]) {
                typeInto(screen, "dob", typed)
                tryCompare(findChild(screen, "error_dob"), "text", "")
                compare(reviewed("dob"), "31 January 1990", typed)
            }
        }

        function test_a_scanned_date_is_shown_as_the_card_prints_it_and_stays_marked() {
            var screen = makeScreen()
            registration.setValue("category", "seasonal_worker")
            registration.goToStep(1)
            waitForRendering(screen)
            registration.applyPrefill({ dob: "1990-01-31" })
            var input = findChild(screen, "input_dob")
            tryCompare(input, "text", "31.01.1990")
            input.forceActiveFocus()
            keyClick(Qt.Key_Tab) // passing through does not confirm it
            verify(findChild(screen, "confirm_dob").visible)
            compare(registration.answersMap.dob, "1990-01-31")
        }

        function test_a_phone_and_an_id_number_in_khmer_digits_are_numbers() {
            var screen = makeScreen()
            registration.setValue("category", "seasonal_worker")
            registration.setValue("id_type", "national_id")
            registration.setValue("id_number", "០១០ឥ២០៣ឥ០៤០")
            registration.setValue("phone", "០១២ឥ៣៤៥ឥ៦៧៨")
            compare(reviewed("id_number"), "010203040")
            compare(reviewed("phone"), "+85512345678")
        }

        function test_a_whole_number_must_be_within_its_limits() {
            var screen = makeScreen()
            registration.setValue("category", "microenterprise_owner")
            registration.goToStep(3) // work
            registration.setValue("workers_count", "500")
            tryVerify(function() {
                var e = findChild(screen, "error_workers_count")
                return e && e.text.indexOf("99") >= 0
            })
            registration.setValue("workers_count", "many")
            tryVerify(function() { return findChild(screen, "error_workers_count").text.indexOf("whole number") >= 0 })
            registration.setValue("workers_count", "4")
            tryVerify(function() { return findChild(screen, "error_workers_count").text === "" })
            compare(registration.answersMap.workers_count, 4)
        }

        function test_the_village_is_chosen_with_the_picker_and_shown_by_name() {
            var screen = makeScreen()
            registration.goToStep(2) // contact and address
            waitForRendering(screen)
            verify(findChild(screen, "pick_village_code"))
            registration.setValue("village_code", "02010102")
            tryVerify(function() {
                var l = findChild(screen, "village_village_code")
                return l && l.text.indexOf("Tuol Thnong") === 0
            })
            registration.setValue("village_code", "99999999")
            tryVerify(function() { return findChild(screen, "error_village_code").text.length > 0 })
        }

        function test_consent_shows_the_statement_and_records_the_answer() {
            var screen = makeScreen()
            registration.goToStep(4) // consent
            waitForRendering(screen)
            var box = findChild(screen, "input_consent")
            verify(box)
            var statement = findChild(screen, "statement_consent")
            verify(statement)
            verify(statement.visible && statement.height > 0)
            verify(statement.text.indexOf("I confirm that the information I have given is true.") === 0,
                   statement.text)
            verify(statement.text.indexOf("I can ask to see or correct my information.") > 0)
            Language.setCode("km")
            tryVerify(function() { return statement.text.indexOf("ខ្ញុំសូមបញ្ជាក់ថា") === 0 })
            Language.setCode("en")
            tryVerify(function() { return statement.text.indexOf("I confirm") === 0 })
            verify(!registration.next(), "consent is required")
            mouseClick(box)
            tryVerify(function() { return registration.answersMap.consent === true })
        }

        function test_scanned_answers_are_marked_until_confirmed() {
            var screen = makeScreen()
            registration.applyPrefill({ "category": "self_employed", "name_en": "Sok Dara" })
            compare(registration.pendingPrefills, 2)
            waitForRendering(screen)
            verify(findChild(screen, "confirm_category").visible)
            mouseClick(findChild(screen, "confirm_category"))
            compare(registration.pendingPrefills, 1)
            registration.confirmAllPrefills()
            compare(registration.pendingPrefills, 0)
        }

        function test_a_new_registration_holds_only_the_form_defaults() {
            compare(Object.keys(registration.answersMap).length, 1)
            compare(registration.answersMap.nationality, "KH")
        }

        function test_consent_is_never_taken_from_a_scan() {
            registration.applyPrefill({ "consent": true })
            compare(registration.pendingPrefills, 0)
            verify(registration.answersMap.consent !== true)
        }
    }
}
