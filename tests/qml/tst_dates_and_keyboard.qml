import QtQuick
import QtTest
import CamIE

// Dates and times in the screen's language (Khmer digits and month names on
// a Khmer screen, never "AM"/"PM"), and the keyboard hint in the header once
// a physical keyboard has been used.
Item {
    id: root
    width: 1024
    height: 768

    Component {
        id: headerComponent
        KioskHeader { width: root.width }
    }

    TestCase {
        name: "DatesAndKeyboard"
        when: windowShown

        function cleanup() {
            Language.setCode("en")
        }

        function test_a_date_is_written_in_the_screen_language() {
            compare(LocalFormat.formatDate("1990-01-31", "en"), "31 January 1990")
            compare(LocalFormat.formatDate("1990-01-31", "km"), "៣១ មករា ១៩៩០")
            compare(LocalFormat.formatDate("៣១ឥ១២ឥ២០០១", "km"), "៣១ ធ្នូ ២០០១")
            compare(LocalFormat.formatDate("not a date", "km"), "")
        }

        function test_a_time_on_a_khmer_screen_has_khmer_digits_and_no_am_or_pm() {
            for (var hour of [2, 14]) {
                var when = new Date(2026, 0, 31, hour, 5)
                var km = LocalFormat.formatDateTime(when, "km")
                verify(km.indexOf("AM") < 0 && km.indexOf("PM") < 0, km)
                verify(!/[0-9]/.test(km), km)
                verify(km.indexOf("មករា") >= 0, km)
                compare(LocalFormat.formatDateTime(when, "en"),
                        "31 January 2026, " + (hour < 10 ? "0" : "") + hour + ":05")
            }
            compare(LocalFormat.formatDateTime(new Date(2026, 0, 31, 14, 5), "km"), "៣១ មករា ២០២៦ ១៤:០៥")
        }

        function test_the_header_shows_the_keyboard_toggle_once_a_keyboard_is_used() {
            var header = createTemporaryObject(headerComponent, root)
            verify(header)
            waitForRendering(header)
            var hint = findChild(header, "keyboardHint")
            verify(!hint.visible)
            keyClick(Qt.Key_A)
            tryVerify(function() { return hint.visible })
            verify(hint.text.indexOf("Alt+Shift") >= 0)
        }
    }
}
