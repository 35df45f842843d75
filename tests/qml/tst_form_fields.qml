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

        function initTestCase() {
            tryCompare(Registration, "ready", true, 10000)
        }

        function init() {
            Language.setCode("en")
            Registration.start()
        }

        function makeScreen() {
            var screen = createTemporaryObject(screenComponent, root)
            verify(screen)
            waitForRendering(screen)
            return screen
        }

        function test_the_first_step_asks_who_is_registering_with_a_choice() {
            var screen = makeScreen()
            compare(Registration.steps.length, 5)
            verify(findChild(screen, "option_category_microenterprise_owner"))
            verify(findChild(screen, "option_category_self_employed"))
        }

        function test_next_is_refused_until_the_step_is_answered_and_says_why() {
            var screen = makeScreen()
            verify(!Registration.next())
            compare(Registration.currentStep, 0)
            tryVerify(function() { return findChild(screen, "error_category").text.length > 0 })
            mouseClick(findChild(screen, "option_category_seasonal_worker"))
            verify(Registration.next())
            compare(Registration.currentStep, 1)
        }

        function test_a_wrong_national_id_number_gets_an_inline_message_in_the_language() {
            Registration.setValue("category", "seasonal_worker")
            Registration.next()
            var screen = makeScreen()
            Registration.setValue("id_type", "national_id")
            Registration.setValue("id_number", "12345")
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
            Registration.setValue("id_number", "123456789")
            tryVerify(function() { return findChild(screen, "error_id_number").text === "" })
        }

        function test_business_questions_appear_only_for_owners_and_the_self_employed() {
            var screen = makeScreen()
            Registration.setValue("category", "seasonal_worker")
            Registration.goToStep(3) // the work step
            waitForRendering(screen)
            verify(!findChild(screen, "field_business_name"))
            Registration.goToStep(0)
            Registration.setValue("category", "microenterprise_owner")
            Registration.goToStep(3)
            waitForRendering(screen)
            tryVerify(function() { return findChild(screen, "field_business_name") !== null })
            verify(findChild(screen, "field_workers_count"))
            verify(findChild(screen, "field_turnover_band"))
        }

        function test_a_phone_number_is_checked_as_cambodian() {
            var screen = makeScreen()
            Registration.goToStep(2) // contact and address
            Registration.setValue("phone", "12345")
            tryVerify(function() {
                var e = findChild(screen, "error_phone")
                return e && e.text.indexOf("+855") >= 0
            })
            Registration.setValue("phone", "012 345 678")
            tryVerify(function() { return findChild(screen, "error_phone").text === "" })
        }

        function test_a_birth_date_in_the_future_or_too_young_is_refused() {
            var screen = makeScreen()
            Registration.goToStep(1) // identity
            Registration.setValue("dob", "2099-01-01")
            tryVerify(function() {
                var e = findChild(screen, "error_dob")
                return e && e.text.indexOf("future") >= 0
            })
            Registration.setValue("dob", "31-12-1990")
            tryVerify(function() { return findChild(screen, "error_dob").text.indexOf("year-month-day") >= 0 })
            Registration.setValue("dob", "1990-12-31")
            tryVerify(function() { return findChild(screen, "error_dob").text === "" })
        }

        function test_a_whole_number_must_be_within_its_limits() {
            var screen = makeScreen()
            Registration.setValue("category", "microenterprise_owner")
            Registration.goToStep(3) // work
            Registration.setValue("workers_count", "500")
            tryVerify(function() {
                var e = findChild(screen, "error_workers_count")
                return e && e.text.indexOf("99") >= 0
            })
            Registration.setValue("workers_count", "many")
            tryVerify(function() { return findChild(screen, "error_workers_count").text.indexOf("whole number") >= 0 })
            Registration.setValue("workers_count", "4")
            tryVerify(function() { return findChild(screen, "error_workers_count").text === "" })
            compare(Registration.answersMap.workers_count, 4)
        }

        function test_the_village_is_chosen_with_the_picker_and_shown_by_name() {
            var screen = makeScreen()
            Registration.goToStep(2) // contact and address
            waitForRendering(screen)
            verify(findChild(screen, "pick_village_code"))
            Registration.setValue("village_code", "02010102")
            tryVerify(function() {
                var l = findChild(screen, "village_village_code")
                return l && l.text.indexOf("Tuol Thnong") === 0
            })
            Registration.setValue("village_code", "99999999")
            tryVerify(function() { return findChild(screen, "error_village_code").text.length > 0 })
        }

        function test_consent_shows_the_statement_and_records_the_answer() {
            var screen = makeScreen()
            Registration.goToStep(4) // consent
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
            verify(!Registration.next(), "consent is required")
            mouseClick(box)
            tryVerify(function() { return Registration.answersMap.consent === true })
        }

        function test_scanned_answers_are_marked_until_confirmed() {
            var screen = makeScreen()
            Registration.applyPrefill({ "category": "self_employed", "name_en": "Sok Dara" })
            compare(Registration.pendingPrefills, 2)
            waitForRendering(screen)
            verify(findChild(screen, "confirm_category").visible)
            mouseClick(findChild(screen, "confirm_category"))
            compare(Registration.pendingPrefills, 1)
            Registration.confirmAllPrefills()
            compare(Registration.pendingPrefills, 0)
        }

        function test_a_new_registration_holds_only_the_form_defaults() {
            compare(Object.keys(Registration.answersMap).length, 1)
            compare(Registration.answersMap.nationality, "KH")
        }

        function test_consent_is_never_taken_from_a_scan() {
            Registration.applyPrefill({ "consent": true })
            compare(Registration.pendingPrefills, 0)
            verify(Registration.answersMap.consent !== true)
        }
    }
}
