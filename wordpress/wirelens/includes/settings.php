<?php
/**
 * Settings → wirelens: whether readers see the annotations, and which.
 *
 * @package wirelens
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The categories `<wire-lens show>` accepts, with their labels. */
function wirelens_categories() {
	return array(
		'dateline' => __( 'Dateline', 'wirelens' ),
		'quotes'   => __( 'Quotes', 'wirelens' ),
		'reported' => __( 'Reported speech', 'wirelens' ),
		'figures'  => __( 'Figures', 'wirelens' ),
		'credits'  => __( 'Credits', 'wirelens' ),
	);
}

/** The reader settings, with defaults: off, every category. */
function wirelens_reader_settings() {
	$defaults = array(
		'enabled' => false,
		'show'    => array_keys( wirelens_categories() ),
	);
	$saved    = get_option( 'wirelens_reader', array() );
	return wp_parse_args( is_array( $saved ) ? $saved : array(), $defaults );
}

/**
 * Keeps only what the form may set: a boolean and known categories.
 *
 * @param mixed $input The submitted value.
 * @return array
 */
function wirelens_sanitize_reader( $input ) {
	$input = is_array( $input ) ? $input : array();
	$show  = isset( $input['show'] ) && is_array( $input['show'] ) ? array_map( 'sanitize_key', $input['show'] ) : array();
	return array(
		'enabled' => ! empty( $input['enabled'] ),
		'show'    => array_values( array_intersect( array_keys( wirelens_categories() ), $show ) ),
	);
}

/** Registers the option (the Settings API checks the form's nonce and the capability). */
function wirelens_register_settings() {
	register_setting(
		'wirelens',
		'wirelens_reader',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'wirelens_sanitize_reader',
			'default'           => array(),
		)
	);
}
add_action( 'admin_init', 'wirelens_register_settings' );

/** Adds Settings → wirelens. */
function wirelens_settings_menu() {
	add_options_page( __( 'wirelens', 'wirelens' ), __( 'wirelens', 'wirelens' ), 'manage_options', 'wirelens', 'wirelens_settings_page' );
}
add_action( 'admin_menu', 'wirelens_settings_menu' );

/** The settings form. */
function wirelens_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = wirelens_reader_settings();
	?>
	<div class="wrap">
		<h1><?php echo esc_html__( 'wirelens', 'wirelens' ); ?></h1>
		<p><?php echo esc_html__( 'In the block editor, the wirelens sidebar analyses the post as you write it. Here you choose whether readers of published posts see the annotations too.', 'wirelens' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'wirelens' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php echo esc_html__( 'For readers', 'wirelens' ); ?></th>
					<td>
						<label>
							<input type="checkbox" name="wirelens_reader[enabled]" value="1" <?php checked( $settings['enabled'] ); ?>>
							<?php echo esc_html__( 'Annotate every published post for its readers', 'wirelens' ); ?>
						</label>
						<p class="description"><?php echo esc_html__( 'Off: only posts that wrap text in the [wirelens] shortcode are annotated.', 'wirelens' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php echo esc_html__( 'Show', 'wirelens' ); ?></th>
					<td>
						<?php foreach ( wirelens_categories() as $key => $label ) : ?>
							<label style="margin-right:1em">
								<input type="checkbox" name="wirelens_reader[show][]" value="<?php echo esc_attr( $key ); ?>" <?php checked( in_array( $key, $settings['show'], true ) ); ?>>
								<?php echo esc_html( $label ); ?>
							</label>
						<?php endforeach; ?>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
