import QtQuick
import QtTest
import CamIE

// Counts on screen are grouped ("18,523"), in Khmer digits on a Khmer
// screen: the formatter, the home screen's tiles and the Statistics screen.
Item {
    id: root
    width: 1024
    height: 768

    Component {
        id: tileComponent
        StatTile { label: "n"; value: 18523; width: 300 }
    }
    Component {
        id: statisticsComponent
        StatisticsScreen { width: root.width; height: root.height }
    }

    TestCase {
        name: "StatisticsNumbers"
        when: windowShown

        function cleanup() {
            Language.setCode("en")
        }

        function test_a_count_is_grouped_in_the_screen_language() {
            compare(LocalFormat.formatNumber(18523, "en"), "18,523")
            compare(LocalFormat.formatNumber(1234567, "en"), "1,234,567")
            compare(LocalFormat.formatNumber(7, "en"), "7")
            var km = LocalFormat.formatNumber(18523, "km")
            verify(!/[0-9]/.test(km), km)
            compare(km.replace(/[^០-៩]/g, ""), "១៨៥២៣")
            verify(km.length === 6, km) // a group separator between ១៨ and ៥២៣
        }

        function test_a_tile_shows_its_count_grouped_and_switches_with_the_language() {
            var tile = createTemporaryObject(tileComponent, root)
            verify(tile)
            var value = findChild(tile, "value")
            compare(value.text, "18,523")
            Language.setCode("km")
            compare(value.text, LocalFormat.formatNumber(18523, "km"))
            verify(!/[0-9]/.test(value.text), value.text)
        }

        function test_the_statistics_screen_groups_the_total() {
            var screen = createTemporaryObject(statisticsComponent, root)
            verify(screen)
            var total = findChild(screen, "statisticsTotal")
            verify(total)
            verify(total.text.indexOf(LocalFormat.formatNumber(Statistics.total, "en")) >= 0, total.text)
        }
    }
}
