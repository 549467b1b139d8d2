<?php
/**
 * The block editor's "wirelens" sidebar (assets/editor.js), with the package's URL.
 *
 * @package wirelens
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Enqueues the sidebar in the block editor. */
function wirelens_editor_assets() {
	wp_enqueue_script(
		'wirelens-editor',
		wirelens_url( 'assets/editor.js' ),
		array( 'wp-plugins', 'wp-edit-post', 'wp-element', 'wp-components', 'wp-data', 'wp-block-editor' ),
		WIRELENS_VERSION,
		true
	);
	wp_add_inline_script(
		'wirelens-editor',
		'window.wirelensPlugin = ' . wp_json_encode(
			array(
				'pkg'    => wirelens_url( 'pkg/' ),
				'worker' => wirelens_url( 'assets/worker.js' ),
			)
		) . ';',
		'before'
	);
	wp_enqueue_style( 'wirelens-editor', wirelens_url( 'assets/editor.css' ), array(), WIRELENS_VERSION );
}
add_action( 'enqueue_block_editor_assets', 'wirelens_editor_assets' );
