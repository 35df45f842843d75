import QtQuick
import QtTest
import CamIE

// An ID card's reading in the form: its values marked like scanned ones,
// low confidence and a romanised name said in words on the field, the
// answers compared with the card (what differs, in the screen's language),
// and the card forgotten with the form.
Item {
    id: root
    width: 1024
    height: 1400

    Component {
        id: screenComponent
        RegistrationScreen { anchors.fill: parent }
    }

    TestCase {
        name: "CardProposals"
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
            registration.setValue("category", "seasonal_worker")
            registration.next()
        }

        function cardReading() {
            return [
                { fieldId: "name_km", value: "សុខ ដារ៉ា", note: "", fromCard: true },
                { fieldId: "name_en", value: "Sok Dara", note: "romanised", fromCard: false },
                { fieldId: "dob", value: "1990-04-12", note: "low_confidence", fromCard: true },
                { fieldId: "sex", value: "male", note: "", fromCard: true },
                { fieldId: "id_type", value: "national_id", note: "", fromCard: true },
                { fieldId: "id_number", value: "123456789", note: "", fromCard: true }
            ]
        }

        function test_the_cards_values_are_marked_with_their_notes_until_confirmed() {
            var screen = shown
            registration.applyCardReading(cardReading())
            compare(registration.pendingPrefills, 6)
            verify(registration.cardCheck.cardRead)
            tryVerify(function() {
                var n = findChild(screen, "note_dob")
                return n && n.visible && n.text.indexOf("low confidence") >= 0
            })
            verify(findChild(screen, "note_name_en").text.indexOf("Romanised") >= 0)
            verify(!findChild(screen, "note_name_km").visible)
            Language.setCode("km")
            tryVerify(function() {
                var t = findChild(screen, "note_dob").text
                return t.length > 0 && t.indexOf("low confidence") < 0
            })
            Language.setCode("en")
            registration.confirmPrefill("dob")
            tryVerify(function() { return !findChild(screen, "note_dob").visible })
            compare(registration.pendingPrefills, 5)
        }

        function test_answers_changed_from_the_card_are_listed_and_need_a_supervisor() {
            registration.applyCardReading(cardReading())
            registration.confirmAllPrefills()
            compare(registration.cardCheck.differences.length, 0)
            verify(!registration.cardCheck.needsSupervisor)
            // Written otherwise, meaning the same: no difference.
            registration.setValue("id_number", "123 456 789")
            registration.setValue("dob", "12.04.1990")
            compare(registration.cardCheck.differences.length, 0)
            // A romanised name is the kiosk's, not the card's: typed otherwise, no difference.
            registration.setValue("name_en", "Sok Darah")
            compare(registration.cardCheck.differences.length, 0)
            registration.setValue("sex", "female")
            registration.setValue("dob", "13.04.1990")
            compare(registration.cardCheck.differences.length, 2)
            var dob = registration.cardCheck.differences[0]
            compare(dob.fieldId, "dob")
            compare(dob.card, "12 April 1990")
            compare(dob.answer, "13 April 1990")
            compare(registration.cardCheck.differences[1].card, "Male")
            verify(registration.cardCheck.needsSupervisor)
            Language.setCode("km")
            verify(registration.cardCheck.differences[0].card.indexOf("April") < 0)
            Language.setCode("en")
        }

        function test_the_back_and_the_front_of_the_card_add_up() {
            registration.applyCardReading([
                { fieldId: "name_en", value: "SOK DARA", note: "", fromCard: true },
                { fieldId: "dob", value: "1990-04-12", note: "", fromCard: true }])
            registration.applyCardReading([
                { fieldId: "name_km", value: "សុខ ដារ៉ា", note: "", fromCard: true }])
            registration.confirmAllPrefills()
            registration.setValue("name_en", "SOK DARANY")
            registration.setValue("name_km", "សុខ ដារ៉ានី")
            compare(registration.cardCheck.differences.length, 2)
            compare(registration.cardCheck.differences[0].fieldId, "name_km")
            compare(registration.cardCheck.differences[1].fieldId, "name_en")
        }

        function test_the_card_is_forgotten_with_the_form() {
            registration.applyCardReading(cardReading())
            registration.setValue("sex", "female")
            verify(registration.cardCheck.needsSupervisor)
            registration.clear()
            verify(!registration.cardCheck.cardRead)
            compare(registration.cardCheck.differences.length, 0)
            verify(!registration.cardCheck.needsSupervisor)
        }
    }
}
