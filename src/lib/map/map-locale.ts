import { m } from '../paraglide/messages';
import { getLocale } from '../paraglide/runtime';

/**
 * MapLibre's own words (its controls' labels, the embed's gesture hint) in the page's language;
 * undefined in English, where MapLibre's defaults are the atlas's words.
 */
export function mapLocale(locale = getLocale()): Record<string, string> | undefined {
	if (locale === 'en') return undefined;
	const o = { locale };
	return {
		'AttributionControl.ToggleAttribution': m.map_ui_toggle_attribution({}, o),
		'Map.Title': m.map_ui_map({}, o),
		'Marker.Title': m.map_ui_marker({}, o),
		'NavigationControl.ResetBearing': m.map_ui_reset_bearing({}, o),
		'NavigationControl.ZoomIn': m.map_ui_zoom_in({}, o),
		'NavigationControl.ZoomOut': m.map_ui_zoom_out({}, o),
		'Popup.Close': m.map_ui_close_popup({}, o),
		'FullscreenControl.Enter': m.map_ui_fullscreen_enter({}, o),
		'FullscreenControl.Exit': m.map_ui_fullscreen_exit({}, o),
		'ScaleControl.Kilometers': m.map_ui_kilometers({}, o),
		'ScaleControl.Meters': m.map_ui_meters({}, o),
		'CooperativeGesturesHandler.WindowsHelpText': m.map_ui_gestures_windows({}, o),
		'CooperativeGesturesHandler.MacHelpText': m.map_ui_gestures_mac({}, o),
		'CooperativeGesturesHandler.MobileHelpText': m.map_ui_gestures_mobile({}, o)
	};
}
