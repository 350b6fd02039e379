// The overview's video-wall mode: the board fills the screen (Fullscreen API); a second click, or Esc, leaves it.
export async function toggle(element) {
    if (document.fullscreenElement) {
        await document.exitFullscreen();
    } else if (element.requestFullscreen) {
        await element.requestFullscreen();
    }
}
