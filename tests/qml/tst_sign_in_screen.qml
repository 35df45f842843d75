import QtQuick
import QtTest
import CamIE

Item {
    id: root
    width: 1024
    height: 768

    Component {
        id: screenComponent
        SignInScreen { anchors.fill: parent }
    }

    SignalSpy {
        id: spy
        signalName: "signInRequested"
    }

    TestCase {
        name: "SignInScreen"
        when: windowShown

        function init() {
            Language.setCode("en")
            spy.clear()
        }

        function makeScreen() {
            var screen = createTemporaryObject(screenComponent, root)
            verify(screen)
            spy.target = screen
            waitForRendering(screen)
            return screen
        }

        function test_sign_in_needs_both_an_operator_id_and_a_pin() {
            var screen = makeScreen()
            var button = findChild(screen, "signInButton")
            verify(!button.enabled)
            findChild(screen, "operatorField").text = "T0001"
            verify(!button.enabled)
            findChild(screen, "pinField").text = "482916"
            verify(button.enabled)
        }

        function test_sign_in_passes_the_id_and_pin_on_and_clears_the_pin() {
            var screen = makeScreen()
            var pin = findChild(screen, "pinField")
            findChild(screen, "operatorField").text = "T0001"
            pin.text = "482916"
            mouseClick(findChild(screen, "signInButton"))
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "T0001")
            compare(spy.signalArguments[0][1], "482916")
            compare(pin.text, "", "the PIN must not stay on the screen")
        }

        function test_enter_in_the_pin_field_signs_in() {
            var screen = makeScreen()
            findChild(screen, "operatorField").text = "T0001"
            var pin = findChild(screen, "pinField")
            pin.forceActiveFocus()
            keyClick("4"); keyClick("8"); keyClick("2"); keyClick("9"); keyClick("1"); keyClick("6")
            keyClick(Qt.Key_Return)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][1], "482916")
        }

        function test_the_pin_is_never_shown_in_clear() {
            var screen = makeScreen()
            compare(findChild(screen, "pinField").echoMode, TextInput.Password)
        }

        function test_fields_and_button_are_large_touch_targets() {
            var screen = makeScreen()
            for (var name of ["operatorField", "pinField", "signInButton"])
                verify(findChild(screen, name).height >= Theme.minimumTouchTarget, name)
        }

        function test_an_operator_id_typed_in_khmer_is_said_to_be_khmer_while_typing() {
            var screen = makeScreen()
            var hint = findChild(screen, "operatorHint")
            var field = findChild(screen, "operatorField")
            field.forceActiveFocus()
            keyClick("t"); keyClick("1")
            verify(!hint.visible)
            field.text = ""
            field.insert(0, "តេលលេរ១") // "teller1" with the Khmer layout on
            tryVerify(function() { return hint.visible })
            verify(hint.text.indexOf("Alt+Shift for Latin") >= 0, hint.text)
        }

        function test_signing_in_with_a_khmer_operator_id_says_so_not_just_wrong() {
            // Through the session and the kiosk's store, as the application wires it.
            Session.signIn("តេលលេរ១", "៤៨២៩១៦")
            tryCompare(Session, "busy", false, 10000)
            verify(!Session.signedIn)
            verify(Session.message.indexOf("typed in Khmer letters") >= 0, Session.message)
            verify(Session.message.indexOf("Alt+Shift") >= 0, Session.message)
        }

        function test_a_message_is_shown_only_when_there_is_one() {
            var screen = makeScreen()
            var label = findChild(screen, "signInMessage")
            verify(!label.visible)
            screen.message = "Wrong PIN"
            verify(label.visible)
            compare(label.text, "Wrong PIN")
        }
    }
}
