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

        function initTestCase() {
            tryCompare(Registration, "ready", true, 10000)
        }

        function init() {
            Language.setCode("en")
            Registration.start()
            Registration.setValue("category", "seasonal_worker")
            Registration.next()
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
            var screen = createTemporaryObject(screenComponent, root)
            Registration.applyCardReading(cardReading())
            compare(Registration.pendingPrefills, 6)
            verify(Registration.cardCheck.cardRead)
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
            Registration.confirmPrefill("dob")
            tryVerify(function() { return !findChild(screen, "note_dob").visible })
            compare(Registration.pendingPrefills, 5)
        }

        function test_answers_changed_from_the_card_are_listed_and_need_a_supervisor() {
            Registration.applyCardReading(cardReading())
            Registration.confirmAllPrefills()
            compare(Registration.cardCheck.differences.length, 0)
            verify(!Registration.cardCheck.needsSupervisor)
            // Written otherwise, meaning the same: no difference.
            Registration.setValue("id_number", "123 456 789")
            Registration.setValue("dob", "12.04.1990")
            compare(Registration.cardCheck.differences.length, 0)
            // A romanised name is the kiosk's, not the card's: typed otherwise, no difference.
            Registration.setValue("name_en", "Sok Darah")
            compare(Registration.cardCheck.differences.length, 0)
            Registration.setValue("sex", "female")
            Registration.setValue("dob", "13.04.1990")
            compare(Registration.cardCheck.differences.length, 2)
            var dob = Registration.cardCheck.differences[0]
            compare(dob.fieldId, "dob")
            compare(dob.card, "12 April 1990")
            compare(dob.answer, "13 April 1990")
            compare(Registration.cardCheck.differences[1].card, "Male")
            verify(Registration.cardCheck.needsSupervisor)
            Language.setCode("km")
            verify(Registration.cardCheck.differences[0].card.indexOf("April") < 0)
            Language.setCode("en")
        }

        function test_the_back_and_the_front_of_the_card_add_up() {
            Registration.applyCardReading([
                { fieldId: "name_en", value: "SOK DARA", note: "", fromCard: true },
                { fieldId: "dob", value: "1990-04-12", note: "", fromCard: true }])
            Registration.applyCardReading([
                { fieldId: "name_km", value: "សុខ ដារ៉ា", note: "", fromCard: true }])
            Registration.confirmAllPrefills()
            Registration.setValue("name_en", "SOK DARANY")
            Registration.setValue("name_km", "សុខ ដារ៉ានី")
            compare(Registration.cardCheck.differences.length, 2)
            compare(Registration.cardCheck.differences[0].fieldId, "name_km")
            compare(Registration.cardCheck.differences[1].fieldId, "name_en")
        }

        function test_the_card_is_forgotten_with_the_form() {
            Registration.applyCardReading(cardReading())
            Registration.setValue("sex", "female")
            verify(Registration.cardCheck.needsSupervisor)
            Registration.clear()
            verify(!Registration.cardCheck.cardRead)
            compare(Registration.cardCheck.differences.length, 0)
            verify(!Registration.cardCheck.needsSupervisor)
        }
    }
}
