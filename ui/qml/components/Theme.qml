pragma Singleton
import QtQuick

// Sizes, colours and fonts of every screen, in one place.
QtObject {
    // Noto Sans Khmer writes Khmer and Latin; fontconfig falls back to
    // Khmer OS when it is missing.
    readonly property string fontFamily: "Noto Sans Khmer"

    readonly property int touchTarget: 56        // buttons and fields
    readonly property int minimumTouchTarget: 48 // nothing tappable is smaller
    readonly property int spacing: 16
    readonly property int margin: 24
    readonly property int radius: 8

    readonly property int fontSizeSmall: 16
    readonly property int fontSizeBody: 20
    readonly property int fontSizeTitle: 28
    readonly property int fontSizeHero: 36

    readonly property color background: "#f4f6f8"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#0b4f8a"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color text: "#1b1f24"
    readonly property color mutedText: "#5a6572"
    readonly property color border: "#c5ccd3"
    readonly property color warning: "#8a4b00"
    readonly property color warningBackground: "#fff1d6"
    readonly property color error: "#a4161a"

    // The on-screen keyboard: large keys for fingers, Khmer drawn in fontFamily.
    readonly property int keyHeight: 60
    readonly property int keyMaxWidth: 120
    readonly property int keyGap: 6
    readonly property int keyFontSize: 28
    readonly property color keyboardBackground: "#d5dbe1"
    readonly property color keyFace: "#ffffff"
    readonly property color keyFunctionFace: "#e9edf1"
}
