import QtQuick
import QtTest
import CamIE

// The camera adapter on a machine without a camera (many bank-branch PCs; any
// machine's cameras are hidden by tests/qml/without_camera.sh): a clear
// NoCamera state, nothing started, no warnings.
Item {
    id: root
    width: 400
    height: 300

    Component {
        id: scannerComponent
        CameraScanner {}
    }

    TestCase {
        name: "CameraScanner"

        function makeScanner() {
            var scanner = createTemporaryObject(scannerComponent, root)
            verify(scanner)
            // CTest runs this file through tests/qml/without_camera.sh, which
            // hides every video device: the no-camera path on any machine.
            verify(!scanner.hasCamera, "a camera is visible: run through without_camera.sh")
            return scanner
        }

        function test_without_a_camera_the_state_says_so() {
            var scanner = makeScanner()
            compare(scanner.state, CameraScanner.NoCamera)
            compare(scanner.cameraNames.length, 0)
            compare(scanner.cameraIndex, -1)
            compare(scanner.active, false)
            compare(scanner.errorString, "")
        }

        function test_asking_it_to_run_starts_nothing_and_stays_clear() {
            var scanner = makeScanner()
            scanner.active = true
            compare(scanner.active, true)
            compare(scanner.state, CameraScanner.NoCamera)
            scanner.active = false
            compare(scanner.state, CameraScanner.NoCamera)
        }

        function test_choosing_a_camera_that_is_not_there_is_ignored() {
            var scanner = makeScanner()
            scanner.cameraIndex = 0
            compare(scanner.cameraIndex, -1)
            scanner.cameraIndex = 3
            compare(scanner.cameraIndex, -1)
        }
    }
}
