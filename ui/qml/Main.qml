import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The kiosk window: a header, notices about the kiosk, and the screen stack.
// The application shows it full-screen (or windowed with --windowed).
ApplicationWindow {
    id: window
    objectName: "kioskWindow"
    width: 1280
    height: 800
    visible: false
    title: qsTr("CAM-IE Registration Kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody

    readonly property string missingFontNotice: QT_TR_NOOP("No Khmer font is installed, so Khmer text cannot be shown. Ask a technician to install the fonts-khmeros package.")

    header: KioskHeader {}

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        NoticeBanner {
            objectName: "missingFontBanner"
            visible: !KioskInfo.khmerFontAvailable
            Layout.fillWidth: true
            // Always in English too: without the font, Khmer shows as boxes.
            text: Language.code === "en" ? qsTr(window.missingFontNotice)
                                         : qsTr(window.missingFontNotice) + "\n" + window.missingFontNotice
        }

        StackView {
            id: stack
            objectName: "screenStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: signInPage
        }
    }

    Component {
        id: signInPage
        SignInScreen {
            onSignInRequested: message = qsTr("Sign-in is not available yet: this kiosk has no operators.")
        }
    }
}
