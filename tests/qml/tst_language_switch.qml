import QtQuick
import QtTest
import CamIE

Item {
    id: root
    width: 1024
    height: 200

    Component {
        id: headerComponent
        KioskHeader { width: root.width }
    }

    TestCase {
        name: "LanguageSwitch"
        when: windowShown

        function init() {
            Language.setCode("km")
        }

        function findByText(item, text) {
            if (item.text === text)
                return item
            for (var i = 0; i < item.children.length; ++i) {
                var found = findByText(item.children[i], text)
                if (found)
                    return found
            }
            return null
        }

        function test_offers_khmer_and_english_each_named_in_itself() {
            compare(Language.available.length, 2)
            compare(Language.available[0].code, "km")
            compare(Language.available[0].name, "ខ្មែរ")
            compare(Language.available[1].code, "en")
            compare(Language.available[1].name, "English")
        }

        function test_clicking_english_retranslates_the_screen_at_run_time() {
            var header = createTemporaryObject(headerComponent, root)
            verify(header)
            waitForRendering(header)
            verify(findByText(header, "CAM-IE Registration") === null,
                   "the title should be in Khmer first")

            var english = findChild(header, "language_en")
            verify(english)
            mouseClick(english)
            compare(Language.code, "en")
            verify(findByText(header, "CAM-IE Registration") !== null)
            verify(english.current)
            verify(!findChild(header, "language_km").current)

            mouseClick(findChild(header, "language_km"))
            compare(Language.code, "km")
            verify(findByText(header, "CAM-IE Registration") === null)
        }

        function test_an_unknown_language_is_refused_and_nothing_changes() {
            ignoreWarning(/unknown language code/)
            verify(!Language.setCode("fr"))
            compare(Language.code, "km")
        }

        function test_language_buttons_are_large_enough_to_tap() {
            var header = createTemporaryObject(headerComponent, root)
            waitForRendering(header)
            for (var code of ["km", "en"]) {
                var button = findChild(header, "language_" + code)
                verify(button.height >= Theme.minimumTouchTarget, code + " button too small")
                verify(button.width >= Theme.minimumTouchTarget, code + " button too narrow")
            }
        }
    }
}
