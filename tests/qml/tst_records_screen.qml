import QtQuick
import QtTest
import CamIE

// The Records screen on the real store with nobody signed in: it asks, the
// store answers (no records), the search field searches as it is typed in,
// and no binding warns.
Item {
    id: root
    width: 1024
    height: 768

    Component {
        id: recordsComponent
        RecordsScreen { width: root.width; height: root.height }
    }

    TestCase {
        name: "RecordsScreen"
        when: windowShown

        function test_an_empty_kiosk_says_no_records_were_found() {
            var screen = createTemporaryObject(recordsComponent, root)
            verify(screen)
            var empty = findChild(screen, "recordsEmpty")
            tryVerify(function() { return empty.visible }, 10000)
            var search = findChild(screen, "recordsSearch")
            search.text = "sok"
            tryVerify(function() { return empty.visible }, 10000)
            compare(findChild(screen, "recordsList").count, 0)
            verify(!findChild(screen, "recordsProblem").visible)
            verify(!findChild(screen, "recordView").visible)
        }
    }
}
