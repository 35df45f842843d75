import QtQuick
import QtTest
import CamIE

// The address picker on the real gazetteer (14,444 villages): province →
// district → commune → village, and search in Khmer and Latin letters.
Item {
    id: root
    width: 1024
    height: 768

    Component {
        id: pickerComponent
        AddressPickerView { anchors.fill: parent }
    }
    SignalSpy {
        id: chosen
        signalName: "chosen"
    }

    TestCase {
        name: "AddressPicker"
        when: windowShown

        function initTestCase() {
            tryCompare(AddressPicker, "available", true, 10000)
        }

        function init() {
            Language.setCode("en")
            AddressPicker.reset()
            chosen.clear()
        }

        function makePicker() {
            var picker = createTemporaryObject(pickerComponent, root)
            chosen.target = picker
            waitForRendering(picker)
            return picker
        }

        function test_it_starts_with_the_25_provinces() {
            makePicker()
            compare(AddressPicker.level, 0)
            compare(AddressPicker.items.length, 25)
        }

        function test_going_down_the_levels_ends_with_a_village_chosen() {
            var picker = makePicker()
            AddressPicker.choose("02")
            compare(AddressPicker.level, 1)
            AddressPicker.choose("0201")
            AddressPicker.choose("020101")
            compare(AddressPicker.level, 3)
            verify(AddressPicker.items.length > 0)
            AddressPicker.choose("02010102")
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], "02010102")
            AddressPicker.up()
            compare(AddressPicker.level, 2)
        }

        function test_search_finds_latin_names_at_every_level() {
            makePicker()
            AddressPicker.query = "battambang"
            var codes = AddressPicker.items.map(function(i) { return i.code })
            verify(codes.indexOf("02") >= 0, "the province")
            verify(AddressPicker.items.length <= 60)
            AddressPicker.query = "Tuol Thnong"
            verify(AddressPicker.items.some(function(i) { return i.code === "02010102" }))
        }

        function test_search_finds_khmer_names() {
            makePicker()
            AddressPicker.query = "បាត់ដំបង"
            verify(AddressPicker.items.some(function(i) { return i.code === "02" }))
        }

        function test_search_within_a_province_stays_inside_it() {
            makePicker()
            AddressPicker.choose("02")
            AddressPicker.query = "thmei"
            verify(AddressPicker.items.length > 0)
            verify(AddressPicker.items.every(function(i) { return i.code.indexOf("02") === 0 }))
        }

        function test_a_village_is_described_with_its_commune_district_and_province() {
            var d = AddressPicker.describe("02010102")
            verify(d.indexOf("Tuol Thnong") === 0)
            verify(d.indexOf("Battambang") > 0)
        }
    }
}
