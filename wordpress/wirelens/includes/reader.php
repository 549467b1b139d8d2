<?php
/**
 * For readers: `<wire-lens>` around a published post's text, per site (Settings → wirelens,
 * off by default) or per post (the `[wirelens]` shortcode).
 *
 * @package wirelens
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Enqueues the module that registers `<wire-lens>`. */
function wirelens_enqueue_element() {
	wp_enqueue_script( 'wirelens-define', wirelens_url( 'pkg/wire-lens-define.js' ), array(), WIRELENS_VERSION, true );
}

/**
 * The `show` attribute from a list of categories, keeping known ones only.
 *
 * @param array $show Category keys.
 * @return string
 */
function wirelens_show_attribute( $show ) {
	$known = array_intersect( array_keys( wirelens_categories() ), (array) $show );
	return $known ? implode( ' ', $known ) : 'all';
}

/**
 * `[wirelens show="quotes figures"]…[/wirelens]`: the enclosed text, annotated.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content The enclosed text.
 * @return string
 */
function wirelens_shortcode( $atts, $content = null ) {
	$settings = wirelens_reader_settings();
	$atts     = shortcode_atts( array( 'show' => implode( ' ', $settings['show'] ) ), $atts, 'wirelens' );
	wirelens_enqueue_element();
	$show = wirelens_show_attribute( preg_split( '/[\s,]+/', (string) $atts['show'] ) );
	return '<wire-lens class="wirelens-reader" show="' . esc_attr( $show ) . '">' . do_shortcode( (string) $content ) . '</wire-lens>';
}
add_shortcode( 'wirelens', 'wirelens_shortcode' );

/**
 * With the site setting on, a single post's content goes inside `<wire-lens>` (its text stays
 * in the page for readers without JavaScript and for search engines).
 *
 * @param string $content The post's rendered content.
 * @return string
 */
function wirelens_annotate_content( $content ) {
	$settings = wirelens_reader_settings();
	if ( ! $settings['enabled'] || ! is_singular( 'post' ) || ! in_the_loop() || ! is_main_query() ) {
		return $content;
	}
	if ( false !== strpos( $content, '<wire-lens' ) ) {
		return $content; // The post already uses the shortcode.
	}
	wirelens_enqueue_element();
	return '<wire-lens class="wirelens-reader" show="' . esc_attr( wirelens_show_attribute( $settings['show'] ) ) . '">' . $content . '</wire-lens>';
}
add_filter( 'the_content', 'wirelens_annotate_content', 20 );
